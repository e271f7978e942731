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
  // "Sold by": order-detail-en, INFERRED there (README "Not confirmed"); "Seller" unconfirmed. de unconfirmed.
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

// Every leaf of a page is asked whether it is a label, once per field: folding (two Unicode
// normalisations) is the cost, and pages repeat their texts, so folded forms are remembered (bounded).
const folded = new Map<string, string>();

function bare(text: string): string {
  let b = folded.get(text);
  if (b === undefined) {
    if (folded.size > 5000) folded.clear();
    b = foldText(text).replace(/\s*[:：*]+\s*$/u, '');
    folded.set(text, b);
  }
  return b;
}

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

const FOLDED_PREFIXES = Object.entries(ASPECT_PREFIXES).map(([kind, prefixes]) => [kind as AspectKind, prefixes.map((p) => foldText(p))] as const);

/** What an aspect line is, by its first words ("Item number: 1351…" → 'itemNumber'); undefined for a variation. */
export function aspectKind(text: string): AspectKind | undefined {
  const line = foldText(text);
  // The prefix must end a word: "Quantity 3" is a count, "Quantityless" is not.
  const starts = (prefix: string) => line.startsWith(prefix) && !/^[\p{L}\p{N}]/u.test(line.slice(prefix.length));
  return FOLDED_PREFIXES.find(([, prefixes]) => prefixes.some(starts))?.[0];
}

/** Whether a status line gives an estimated date ("Estimated delivery Nov 12 – Nov 15"). */
export function isEstimate(text: string): boolean {
  const line = foldText(text);
  return ESTIMATE_WORDS.some((words) => line.includes(words));
}
