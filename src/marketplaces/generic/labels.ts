/**
 * Labels that shops print next to an order's facts, as data: one table per field per language.
 * `strong` labels name the fact unambiguously; `weak` ones ("Order", "Total", "Summe") are only
 * used when no strong label was found on the page, and for the order number only when the value
 * is a single token right after the word (AliExpress RU «Заказ <span>5012946627301185</span>»).
 *
 * Entries are matched case- and accent-insensitively against the start of a text node, after the
 * same NFKC normalisation the page text gets — so "№" and "º" are written as pages print them and
 * compare as "No"/"o". Where a label was seen on a real page, the fixture is named.
 */
export type Language = 'en' | 'ru' | 'de' | 'es' | 'fr';
export type LabelledField = 'orderId' | 'orderDate' | 'total';

export interface LabelTable {
  strong: readonly string[];
  weak?: readonly string[];
}

export const ORDER_ID_LABELS: Record<Language, LabelTable> = {
  // "Order #": amazon/order-detail-en; "Order number": ebay/order-detail-en; "Order ID": temu, aliexpress
  // global; "Order Number": aliexpress/order-detail-legacy; bare "Order": aliexpress/order-detail-ru-en.
  en: {
    strong: ['order number', 'order no.', 'order no', 'order nr.', 'order #', 'order#', 'order id', 'order reference', 'order ref.'],
    weak: ['order'],
  },
  // bare «Заказ»: aliexpress/order-detail-ru.
  ru: { strong: ['номер заказа', 'заказ №', 'заказ номер', '№ заказа'], weak: ['заказ'] },
  // "Bestellnummer": amazon/order-detail-de.
  de: { strong: ['bestellnummer', 'bestell-nr.', 'bestellnr.', 'bestellung nr.', 'bestell-id', 'auftragsnummer'], weak: ['bestellung'] },
  es: {
    strong: ['número de pedido', 'número del pedido', 'nº de pedido', 'n.º de pedido', 'no. de pedido', 'pedido nº', 'id del pedido'],
    weak: ['pedido'],
  },
  // "N° de commande": aliexpress/order-detail-global-fr.
  fr: {
    strong: ['numéro de commande', 'n° de commande', 'nº de commande', 'no de commande', 'commande n°', 'commande nº', 'référence de commande'],
    weak: ['commande'],
  },
};

export const ORDER_DATE_LABELS: Record<Language, LabelTable> = {
  // "Order placed": amazon/order-detail-en; "Time placed": ebay/order-detail-en; "Order date": aliexpress.
  en: { strong: ['order date', 'order placed', 'order placed on', 'ordered on', 'date ordered', 'date of order', 'date placed', 'time placed', 'placed on', 'purchase date'] },
  // «Дата заказа»: aliexpress/order-detail-ru, wildberries/order-list-archive.
  ru: { strong: ['дата заказа', 'дата оформления', 'дата оформления заказа', 'заказ оформлен', 'заказ от'] },
  // "Bestellung aufgegeben": amazon/order-detail-de.
  de: { strong: ['bestelldatum', 'bestellung aufgegeben', 'bestellt am', 'bestellung vom', 'datum der bestellung', 'auftragsdatum'] },
  es: { strong: ['fecha del pedido', 'fecha de pedido', 'pedido realizado', 'pedido realizado el', 'fecha de compra'] },
  // "Date de commande": aliexpress/order-detail-global-fr.
  fr: { strong: ['date de commande', 'date de la commande', 'commande effectuée', 'commande effectuée le', 'commandé le', 'commande passée le', "date d'achat"] },
};

export const TOTAL_LABELS: Record<Language, LabelTable> = {
  // "Grand Total:": amazon/order-detail-en; "Order total": ebay/order-detail-en; "Total": aliexpress global.
  en: { strong: ['grand total', 'order total', 'total amount', 'total paid', 'amount paid'], weak: ['total'] },
  // «Итого»: aliexpress/order-detail-ru.
  ru: { strong: ['итого', 'итого к оплате', 'сумма заказа', 'общая сумма'], weak: ['сумма'] },
  // "Gesamtsumme:" (strong) and "Summe:" (weak): amazon/order-detail-de.
  de: { strong: ['gesamtsumme', 'gesamtbetrag', 'endbetrag', 'bestellsumme'], weak: ['summe', 'gesamt'] },
  es: { strong: ['total del pedido', 'importe total', 'total pagado', 'total a pagar'], weak: ['total'] },
  fr: { strong: ['montant total', 'total de la commande', 'total ttc', 'total payé', 'montant payé'], weak: ['total'] },
};

export const LABELS: Record<LabelledField, Record<Language, LabelTable>> = {
  orderId: ORDER_ID_LABELS,
  orderDate: ORDER_DATE_LABELS,
  total: TOTAL_LABELS,
};
