/**
 * Text as pages print it carries invisible noise that breaks naive matching: NBSP and narrow NBSP
 * as thousands separators ("1 234 ₽"), zero-width joiners and bidi marks around prices, soft
 * hyphens inside long words, fullwidth digits and "￥" on CJK pages. Every parser reads text
 * through these two functions so that noise is handled once.
 */

// Zero-width space/joiners, word joiner, BOM, bidi marks and the soft hyphen: invisible on the
// page, but they split "12" from "34" or "US" from "$" for a regex.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\u2066-\u2069\uFEFF\u202A-\u202E]/gu;

// Plain ASCII is its own NFKC, NFD and NFC form and holds no invisible or combining character, so
// both functions reduce to whitespace and case there: the fast path for English page text and for
// the readers' word tables, folded when a reader starts (the reader's start counts against the
// 10 ms from document_idle to the order read, issue #8). normalize-text.test.ts checks it is exact.
// The full 0-127 range on purpose: control characters are ASCII too (and some are whitespace to \s).
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7F]*$/;

/**
 * NFKC-normalises (fullwidth "１２" → "12", "￥" → "¥", NBSP/narrow NBSP/thin space → " "),
 * drops invisible characters, collapses every run of whitespace to one space and trims.
 * Never throws; "" for text that is only whitespace.
 */
export function normalizeText(text: string): string {
  if (ASCII.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * `normalizeText`, lower-cased, with diacritics removed ("Terminé" → "termine", "Завершён" →
 * "завершен", "März" → "marz"). For matching words against tables only: apply it to both the
 * page text and the table entry, never store its output (it also turns "й" into "и").
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normalizeText(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
