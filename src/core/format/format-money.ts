import type { Money } from '../../model/money';
import { currencyDigits } from './currency-digits';
import { numberFormat } from './intl-cache';

/** "US$12.34" / "12,34 $US" / "1 234,56 ₽": money for people, in their locale. Exact: no float sums. */
export function formatMoney(money: Money, locale: string): string {
  const digits = currencyDigits(money.currency);
  const major = money.minor / 10 ** digits; // display only; arithmetic stays in minor units
  try {
    return numberFormat(locale, { style: 'currency', currency: money.currency, minimumFractionDigits: digits }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${money.currency}`;
  }
}
