import { foldText, normalizeText } from '../../core/parse/normalize-text';

/**
 * The words AliExpress prints before a value, by field. A value is only taken where its label says
 * what it is (a bare 16-digit number might be a product id, a phone number or a tracking number).
 * Labels seen in a fixture say which; the rest are the same labels in the other languages AliExpress
 * serves, kept because a missing label only costs a missing value.
 */
export const LABELS = {
  // "Order ID" order-detail-global-en, order-list-global-en, order-list-legacy; "N° de commande" -global-fr;
  // "Order Number" order-detail-legacy.
  orderId: ['order id', 'order number', 'order no', 'order no.', 'order #', 'n° de commande', 'no de commande', 'numéro de commande', 'номер заказа', 'bestellnummer', 'número de pedido', 'nº de pedido', 'sifariş nömrəsi'],
  // "Order date" order-detail-global-en, order-list-global-en, order-detail-ru-en; "Date de commande" -global-fr;
  // "Дата заказа" order-detail-ru; "Order time" order-list-legacy; "Order Date" order-detail-legacy.
  orderDate: ['order date', 'order time', 'date de commande', 'дата заказа', 'время заказа', 'bestelldatum', 'fecha del pedido', 'sifariş tarixi'],
  // "Payment Date" order-detail-legacy.
  paid: ['payment date', 'payment time', 'paid on', 'date de paiement', 'дата оплаты', 'zahlungsdatum', 'fecha de pago'],
  // "Shipping Time" order-detail-legacy.
  shipped: ['shipping time', 'shipped on', 'shipment date', "date d'expédition", 'дата отправки', 'versanddatum', 'fecha de envío'],
  delivered: ['delivered on', 'date de livraison', 'дата доставки', 'zustelldatum', 'fecha de entrega'],
  completed: ['completed on', 'completion time', 'finished on', 'дата завершения'],
  // "Payment method" order-detail-global-en; "Mode de paiement" -global-fr; "Payment Method" order-detail-legacy.
  paymentMethod: ['payment method', 'payment methods', 'mode de paiement', 'moyen de paiement', 'способ оплаты', 'zahlungsmethode', 'zahlungsart', 'método de pago', 'ödəniş üsulu'],
  // "Subtotal" -global-en; "Sous-total" -global-fr; "Product Amount" order-detail-legacy.
  subtotal: ['subtotal', 'sub-total', 'items subtotal', 'sous-total', 'product amount', 'товары', 'сумма товаров', 'zwischensumme', 'subtotal de productos'],
  // "Shipping" -global-en; "Livraison" -global-fr; "Delivery" order-detail-ru-en; "Доставка" order-detail-ru;
  // "Shipping Cost" order-detail-legacy.
  shipping: ['shipping', 'shipping cost', 'shipping fee', 'delivery', 'livraison', 'frais de livraison', 'доставка', 'стоимость доставки', 'versand', 'versandkosten', 'envío', 'gastos de envío', 'çatdırılma'],
  // "Total" -global-en/-fr/order-detail-ru-en/order-list-global-en; "Итого" order-detail-ru; "Total Amount"
  // order-detail-legacy.
  total: ['total', 'total amount', 'order total', 'итого', 'всего', 'сумма заказа', 'gesamt', 'gesamtsumme', 'montant total', 'cəmi'],
  // "Продавец" order-detail-ru; "Seller" order-detail-ru-en; "Store" order-detail-legacy; "Store name" order-list-legacy.
  seller: ['seller', 'store', 'store name', 'продавец', 'магазин', 'vendeur', 'boutique', 'verkäufer', 'vendedor', 'tienda', 'satıcı'],
  // "Трек-номер" order-detail-ru; "Tracking number" order-detail-ru-en; "Tracking Number" order-detail-legacy.
  tracking: ['tracking number', 'трек-номер', 'трек номер', 'numéro de suivi', 'sendungsnummer', 'número de seguimiento', 'izləmə nömrəsi'],
  // No fixture labels its status (A detail prints the bare words; B none; C has columns); kept for pages that do.
  status: ['status', 'order status', 'статус', 'статус заказа', 'statut', 'statut de la commande', 'bestellstatus', 'estado del pedido'],
  // "Бесплатно" order-detail-ru (free delivery; the amount is 0 in the order's currency).
  free: ['free', 'free shipping', 'бесплатно', 'бесплатная доставка', 'gratuit', 'gratuite', 'livraison gratuite', 'kostenlos', 'gratis', 'pulsuz'],
} as const satisfies Record<string, readonly string[]>;

export type LabelField = keyof typeof LABELS;

/** "3 товара", "2 items": the item-count row of the aliexpress.ru summary (order-detail-ru, -ru-en) is the subtotal. */
const ITEM_COUNT = /^\d+ (?:items?|товар(?:а|ов)?|articles?|artikel|artículos?|məhsul)$/u;

// Folded like page text, longest first so "store name" is tried before "store".
const FOLDED = Object.fromEntries(
  Object.entries(LABELS).map(([field, labels]) => [field, labels.map((l) => foldText(l)).sort((a, b) => b.length - a.length)]),
) as unknown as Record<LabelField, readonly string[]>;

/** Page text normalised once and folded once: matching a line against every label table is then cheap. */
export interface Printed {
  normal: string;
  folded: string;
}

export function printed(text: string): Printed {
  const normal = normalizeText(text);
  return { normal, folded: foldText(normal) };
}

const asPrinted = (text: string | Printed): Printed => (typeof text === 'string' ? printed(text) : text);

/** "Total", "Total:", "Итого :" → true for 'total'. The whole text must be the label. */
export function isLabel(text: string | Printed | undefined, field: LabelField): boolean {
  if (text === undefined) return false;
  const bare = asPrinted(text).folded.replace(/\s*[:：]\s*$/u, '');
  return FOLDED[field].includes(bare) || (field === 'subtotal' && ITEM_COUNT.test(bare));
}

/** Which field a label names, if any (first match in LABELS order). */
export function labelField(text: string | undefined, fields: readonly LabelField[]): LabelField | undefined {
  const p = text === undefined ? undefined : printed(text);
  return fields.find((field) => isLabel(p, field));
}

/**
 * The value after a leading label: "Order ID: 3052219904417382" → "3052219904417382",
 * "N° de commande : 3053…" → "3053…". Undefined when the text does not start with one of the labels.
 * The label must end a word, so "Order IDs" is not "Order ID" followed by "s".
 */
export function afterLabel(text: string | Printed | undefined, field: LabelField): string | undefined {
  if (text === undefined) return undefined;
  const { normal, folded } = asPrinted(text);
  for (const label of FOLDED[field]) {
    if (!folded.startsWith(label)) continue;
    // "Order ID" must not match "Order IDs"; "Order #" may touch its number ("Order #123").
    if (/[\p{L}\p{N}]/u.test(label.slice(-1)) && /^[\p{L}\p{N}]/u.test(folded.slice(label.length))) continue;
    const at = label.length + (/^\s*[:：]?\s*/u.exec(folded.slice(label.length))?.[0].length ?? 0);
    // Folding keeps the length of Latin and Cyrillic text; when it did not, the folded tail is the
    // best we have (lower-cased, still the right characters for ids and dates).
    const value = (normal.length === folded.length ? normal : folded).slice(at).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}
