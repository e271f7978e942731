import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';
import { isLabel } from './labels';

/**
 * An amount as AliExpress prints it ("US $12.99", "14,89 €", "1 234,56 ₽", "$ 3.49"). "Бесплатно"/"Free"
 * is zero, but only in a currency the page shows elsewhere (`freeCurrency`): a bare "Free" names none.
 * Undefined for no text, no amount, or an amount whose currency is unknown.
 */
export function readMoney(text: string | undefined, locale: string | undefined, freeCurrency?: string): Money | undefined {
  if (text === undefined) return undefined;
  if (isLabel(text, 'free')) return freeCurrency === undefined ? undefined : { minor: 0, currency: freeCurrency };
  return parseMoney(text, locale === undefined ? {} : { locale }) ?? undefined;
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}

/**
 * The value every witness agrees on. Pages often print a fact twice (a summary JSON and the visible
 * total; the legacy fee table and the fund table); when two places disagree, the page is in a state we
 * do not understand, so we report nothing rather than pick one.
 */
export function agree<T>(values: readonly (T | undefined)[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const seen = values.filter((v): v is T => v !== undefined);
  const [first] = seen;
  return first !== undefined && seen.every((v) => same(first, v)) ? first : undefined;
}
