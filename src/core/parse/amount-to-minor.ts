/**
 * Turns the digits of a printed amount ("1 234,56", "1,234.56", "1.234", "12") into integer
 * minor units. Which of "." and "," is the decimal separator is decided from the text itself:
 *
 * - The last separator is decimal when it is "." or "," and 1, 2 or 4+ digits follow it.
 * - Exactly 3 digits after it ("1,234", "1.234") mean a thousands group — a 2-decimal currency
 *   cannot have 3 fraction digits, so that is the only reading that yields a real price. Except:
 *   - an earlier separator of another kind ("1 234,567", "1,234.567") makes it decimal;
 *   - a zero integer part ("0,500") cannot carry a thousands group, so it is decimal;
 *   - for 3-decimal currencies (KWD, BHD) a lone separator equal to the locale's decimal
 *     separator ("KWD 1.250", default locale decimal ".") is decimal.
 * - Space and apostrophe are only ever group separators ("1 234", "1'234.50").
 * - Group separators must all be the same character, and groups after the first must have 3
 *   digits (or the Indian 2-2-3 pattern "1,23,456"); anything else is not an amount → null.
 */
export function amountToMinor(num: string, minorDigits: number, localeDecimal: string): number | null {
  const separators = [...num.matchAll(/\D/g)];
  const last = separators.at(-1);
  const decimal = last !== undefined && isDecimal(num, separators, minorDigits, localeDecimal) ? last : undefined;
  const intPart = decimal === undefined ? num : num.slice(0, decimal.index);
  const fraction = decimal === undefined ? '' : num.slice(decimal.index + 1);
  // "1,234,56": the decimal separator cannot also group the thousands.
  if (!validGrouping(intPart) || (decimal !== undefined && intPart.includes(decimal[0]))) return null;
  return toMinor(intPart.replace(/\D/g, ''), fraction, minorDigits);
}

function isDecimal(num: string, separators: RegExpExecArray[], minorDigits: number, localeDecimal: string): boolean {
  const last = separators.at(-1);
  if (last === undefined || (last[0] !== '.' && last[0] !== ',')) return false;
  const tail = num.slice(last.index + 1);
  if (tail.length !== 3) return true;
  if (separators.some((s) => s[0] !== last[0])) return true;
  if (separators.length > 1) return false; // "1,234,567": every separator is a group separator
  const head = num.slice(0, last.index);
  return /^0+$/.test(head) || (minorDigits === 3 && last[0] === localeDecimal);
}

function validGrouping(intPart: string): boolean {
  const seps = new Set(intPart.replace(/\d/g, ''));
  if (seps.size === 0) return true;
  if (seps.size > 1) return false;
  const groups = intPart.split(/\D/);
  const [first = '', ...rest] = groups;
  if (/^\d{1,3}$/.test(first) && rest.every((g) => g.length === 3)) return true;
  // Indian lakh grouping: 1,23,456 (2-digit groups, last group of 3).
  return intPart.includes(',') && /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(intPart);
}

function toMinor(digits: string, fraction: string, minorDigits: number): number | null {
  // Fraction digits beyond what the currency has must be zeros ("¥1,234.00" is fine, "¥12.50"
  // cannot be stored in whole yen and is refused rather than rounded).
  if (/[^0]/.test(fraction.slice(minorDigits))) return null;
  const minor = Number(digits + fraction.slice(0, minorDigits).padEnd(minorDigits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}
