import { normalizeText } from '../../core/parse/normalize-text';
import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';

/**
 * An amount as Ozon and Wildberries print it: roubles with digit groups split by a space-like character
 * ("3 188 ₽"; U+202F in the Ozon fixtures, U+00A0 in Wildberries'; normalizeText makes them one space). The whole
 * text must be the amount: text that merely contains one ("Пункт Ozon: …, 10 290 ₽") is not read, since
 * a number glued before it would change the value.
 */
const RUBLES = /^\d{1,3}(?: \d{3})*(?:,\d{1,2})? ?₽$/u;

export function rubles(text: string | undefined): Money | undefined {
  const printed = normalizeText(text ?? '');
  if (!RUBLES.test(printed)) return undefined;
  return parseMoney(printed) ?? undefined;
}

/**
 * "2 x 349 ₽" (quantity x unit price, OzonParser) → 2 and 349 ₽; "2 490 ₽" → its price and no count
 * (the page prints none for one item). The README does not know whether Ozon prints a Latin x, "×" or a
 * Cyrillic "х", so all three are read.
 */
export function quantityAndPrice(text: string | undefined): { quantity?: number; unitPrice?: Money } {
  const printed = normalizeText(text ?? '');
  const split = /^(\d{1,4}) ?[x×х] ?(.+)$/u.exec(printed);
  if (!split) return { unitPrice: rubles(printed) };
  const unitPrice = rubles(split[2]);
  const quantity = Number(split[1]);
  return unitPrice === undefined || quantity < 1 ? {} : { quantity, unitPrice };
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}

/**
 * The value every witness agrees on: the widget JSON and the rendered page both print most facts; when
 * they disagree the page is in a state we do not understand, so nothing is reported rather than one picked.
 */
export function agree<T>(values: readonly (T | undefined)[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const seen = values.filter((v): v is T => v !== undefined);
  const [first] = seen;
  return first !== undefined && seen.every((v) => same(first, v)) ? first : undefined;
}
