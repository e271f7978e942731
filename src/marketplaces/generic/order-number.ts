// Digits, Latin letters and dashes, 4–40 characters, at least one digit: "113-1234567-1234567",
// "PO-211-12345678901234567", "12345678-0012", "8014415270336621".
const ORDER_NUMBER = /^(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9-]{2,38})[A-Za-z0-9]$/;
// Dates look like order numbers to the pattern above ("2026-11-03", "03-11-2026").
const DATE_LIKE = /^\d{1,4}-\d{1,2}-\d{1,4}$/;

/** Whether a token can be an order number (and is not a date). */
export function looksLikeOrderNumber(token: string): boolean {
  return ORDER_NUMBER.test(token) && !DATE_LIKE.test(token);
}

/**
 * The order number at the start of a labelled value ("#113-…", "№ 12345", "3051846203917562 Copy"),
 * or undefined. `single` demands that the value is that token alone (for weak labels like "Order").
 * The value must be short: a sentence after a label is not a number ("Order 2 of 3 has shipped").
 */
export function orderNumberFrom(value: string, single: boolean): string | undefined {
  const tokens = value.replace(/^(?:#|(?:No|Nr)\.?(?=[ \d])) ?/u, '').split(' ');
  if (tokens.length > (single ? 1 : 3) || value.length > 60) return undefined;
  const token = (tokens[0] ?? '').replace(/[.,;:)]+$/u, '');
  return looksLikeOrderNumber(token) ? token : undefined;
}
