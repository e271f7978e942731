import { foldText } from '../../core/parse/normalize-text';

/**
 * The words eBay prints before a value, by field. A value is only taken where its label says what it
 * is. English labels are from the fixtures and their sources (tests/fixtures/ebay/README.md); each
 * comment names them. German labels (ebay.de) are NOT confirmed by any public source we found: they are
 * the plain German words for the same rows, kept because a wrong label only costs a missing value, and
 * exercised only by labels-de.test.ts (the English fixture with its labels replaced).
 */
export const LABELS = {
  // "Order number": order-detail-en (dt), order-list-en (span). de unconfirmed.
  orderId: ['order number', 'bestellnummer'],
  // "Time placed": order-detail-en; "Order date": order-list-en. de unconfirmed.
  orderDate: ['time placed', 'order date', 'bestelldatum'],
  // "Order total": order-detail-en (summary), order-list-en, Kagee's tax-invoice modal. de unconfirmed.
  total: ['order total', 'gesamtbetrag', 'bestellsumme'],
  // "1 item" rows: see ITEM_COUNT; "Order subtotal": Kagee's tax-invoice modal. de unconfirmed.
  subtotal: ['order subtotal', 'zwischensumme'],
  // "Shipping": order-detail-en; "Postage": Kagee's tax-invoice modal (the UK word). de unconfirmed.
  shipping: ['shipping', 'postage', 'versand', 'versandkosten'],
  // "Sold by": order-detail-en, INFERRED there (README "Not confirmed"). de unconfirmed.
  seller: ['sold by', 'seller', 'verkäufer', 'verkauft von'],
  // "Number" inside .tracking-info: order-detail-en (Kagee, Playwright, extension). de unconfirmed.
  trackingNumber: ['number', 'tracking number', 'sendungsnummer'],
  // "Carrier": order-detail-en (Kagee). de unconfirmed.
  carrier: ['carrier', 'versandunternehmen'],
  // "Free" shipping: order-detail-en (Playwright compares with "Free"). de unconfirmed.
  free: ['free', 'kostenlos', 'gratis'],
  // The list card's link text: order-list-en (Kagee, Playwright). de unconfirmed.
  viewDetails: ['view order details', 'bestelldetails anzeigen'],
} as const satisfies Record<string, readonly string[]>;

export type LabelField = keyof typeof LABELS;

/**
 * Words that start an item aspect line (.item-aspect-value / .item-info-aspectValuesList > div) that is
 * not a variation. English from Kagee ("Item number:", "Return window", "Quantity 3", "Quantity: 3");
 * German unconfirmed.
 */
export const ASPECT_PREFIXES = {
  itemNumber: ['item number', 'artikelnummer'],
  returnWindow: ['return window', 'rückgabefrist', 'rückgabe bis'],
  quantity: ['quantity', 'anzahl', 'menge'],
} as const satisfies Record<string, readonly string[]>;

export type AspectKind = keyof typeof ASPECT_PREFIXES;

/**
 * Words of a status line that give an estimate rather than a fact. No source shows eBay's wording
 * before delivery (the extractor extension only reads "a month-day inside .shipment-card-sub-title" as
 * the estimated arrival); these are unconfirmed and tested with built strings only.
 */
export const ESTIMATE_WORDS = ['estimated delivery', 'est. delivery', 'expected delivery', 'arrives', 'get it by', 'voraussichtlich'] as const;

/** "1 item", "2 items" (order-detail-en, Kagee): the items' subtotal row. "3 Artikel" de, unconfirmed. */
const ITEM_COUNT = /^\d+ (?:items?|artikel)$/u;

const FOLDED = Object.fromEntries(Object.entries(LABELS).map(([field, labels]) => [field, labels.map((l) => foldText(l))])) as unknown as Record<
  LabelField,
  readonly string[]
>;

const bare = (text: string): string => foldText(text).replace(/\s*[:：*]+\s*$/u, '');

/** "Order total", "Order total:", "Tax*" → whether the whole text is a label of `field`. */
export function isLabel(text: string | undefined, field: LabelField): boolean {
  if (text === undefined) return false;
  const b = bare(text);
  return FOLDED[field].includes(b) || (field === 'subtotal' && ITEM_COUNT.test(b));
}

/** Which field a label names, if any. */
export function labelField(text: string | undefined): LabelField | undefined {
  if (text === undefined || text.length > 40) return undefined;
  return (Object.keys(LABELS) as LabelField[]).find((field) => isLabel(text, field));
}

/** What an aspect line is, by its first words ("Item number: 1351…" → 'itemNumber'); undefined for a variation. */
export function aspectKind(text: string): AspectKind | undefined {
  const folded = foldText(text);
  return (Object.keys(ASPECT_PREFIXES) as AspectKind[]).find((kind) =>
    ASPECT_PREFIXES[kind].some((prefix) => folded.startsWith(foldText(prefix)) && !/^[\p{L}\p{N}]/u.test(folded.slice(foldText(prefix).length))),
  );
}

/** Whether a status line gives an estimated date ("Estimated delivery Nov 12 – Nov 15"). */
export function isEstimate(text: string): boolean {
  const folded = foldText(text);
  return ESTIMATE_WORDS.some((words) => folded.includes(words));
}
