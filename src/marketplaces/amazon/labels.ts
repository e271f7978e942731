import { foldText, normalizeText } from '../../core/parse/normalize-text';

/**
 * The words Amazon prints before a value, by field, in the languages of the sites in urls.ts. A value
 * is only taken where its label says what it is. Labels seen in a fixture say which; the others come
 * from the public sources named (fixtures README) and cost nothing but a missing value if wrong.
 */
export const LABELS = {
  // "Order placed" order-detail-en, order-list-en; "Bestellung aufgegeben" order-detail-de, order-list-de;
  // fr/it/es: philipmulcahy/azad src/js/order_header.ts label list.
  orderDate: ['order placed', 'bestellung aufgegeben', 'commande effectuée', 'ordine effettuato', 'pedido realizado'],
  // List header cell: "Total" order-list-en (azad order_header.ts); "Summe" order-list-de (saved DE list page).
  listTotal: ['total', 'summe', 'totale'],
  // Charge summary: "Grand Total:" order-detail-en; "Gesamtsumme:" order-detail-de (and a public invoice scraper's DOT_DE);
  // "Total for this order" amazon-orders selectors.py; fr/es: azad src/js/order_details.ts.
  grandTotal: ['grand total', 'total for this order', 'gesamtsumme', 'montant total ttc', 'total général du paiement', 'total general', 'total de este pedido', 'total del pedido'],
  // "Item(s) Subtotal:" order-detail-en; "Zwischensumme:" order-detail-de.
  subtotal: ['item(s) subtotal', 'items subtotal', 'subtotal', 'zwischensumme', 'sous-total', 'subtotale'],
  // "Shipping & Handling:" order-detail-en; "Verpackung & Versand:" order-detail-de; the others: azad
  // order_details.ts postage labels ("Postage", "Livraison", "Delivery", "Costi di spedizione").
  shipping: ['shipping & handling', 'verpackung & versand', 'postage & packing', 'postage', 'delivery', 'livraison', 'envío', 'costi di spedizione'],
  // A zero charge in words: "FREE", "Kostenlos" (alexdlaird/amazon-orders tests/test_localization.py).
  free: ['free', 'kostenlos', 'gratuit', 'gratis', 'gratuito'],
  // "Sold by:" order-detail-en (selectors.py FIELD_ITEM_SELLER_TEXT); "Verkauf durch:" order-detail-de;
  // fr/es/it: the buy-box labels public Amazon product scrapers match ("Vendu par", "Vendido por", "Venduto da").
  soldBy: ['sold by', 'verkauf durch', 'vendu par', 'vendido por', 'venduto da'],
} as const satisfies Record<string, readonly string[]>;

export type LabelField = keyof typeof LABELS;

const FOLDED = Object.fromEntries(
  Object.entries(LABELS).map(([field, labels]) => [field, labels.map((l) => foldText(l)).sort((a, b) => b.length - a.length)]),
) as unknown as Record<LabelField, readonly string[]>;

/** "Grand Total:", "Gesamtsumme: " → true for 'grandTotal'. The whole text must be the label. */
export function isLabel(text: string | undefined, field: LabelField): boolean {
  if (text === undefined) return false;
  return FOLDED[field].includes(foldText(text).replace(/\s*[:：]\s*$/u, ''));
}

/** Which of `fields` a label names, if any. */
export function labelField<F extends LabelField>(text: string | undefined, fields: readonly F[]): F | undefined {
  return fields.find((field) => isLabel(text, field));
}

/**
 * The value after a leading label: "Verkauf durch: Amazon.de" → "Amazon.de". Undefined when the text
 * does not start with a label of `field` followed by a colon or a space.
 */
export function afterLabel(text: string | undefined, field: LabelField): string | undefined {
  const normal = normalizeText(text ?? '');
  const folded = foldText(normal);
  for (const label of FOLDED[field]) {
    if (!folded.startsWith(label) || !/^\s*[:：]|^\s/u.test(folded.slice(label.length))) continue;
    // Folding keeps the length of Latin text, so the offsets in `folded` hold in `normal`.
    const value = normal.slice(label.length).replace(/^\s*[:：]?\s*/u, '');
    return value === '' ? undefined : value;
  }
  return undefined;
}

/**
 * Whether a line speaks of returns: "Return or replace items: Eligible through …", "Return window closed
 * on …" (order-list-en), "Widerruf, Rückgabe oder Ersatz: Berechtigt bis zum …" (order-list-de), "Zeitraum
 * für Rückgabe endet am …" (order-detail-de); fr/es/it by the same nouns (retour, devolución, reso).
 */
export function speaksOfReturns(text: string): boolean {
  return /(?<!\p{L})(return|ruckgabe|widerruf|retour|devolucion|reso|restituzione)/u.test(foldText(text));
}
