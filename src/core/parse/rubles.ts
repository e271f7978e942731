import type { Money } from '../../model/money';
import { normalizeText } from './normalize-text';
import { parseMoney } from './parse-money';

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
