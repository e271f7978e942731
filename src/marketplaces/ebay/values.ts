import { parseDate } from '../../core/parse/parse-date';
import { parseMoney } from '../../core/parse/parse-money';
import { normalizeText } from '../../core/parse/normalize-text';
import type { Money } from '../../model/money';
import type { PageDate } from '../../model/time';
import { isLabel } from './labels';

/**
 * Turning printed values into facts. Every function here returns undefined rather than a guess.
 */

/**
 * An amount as eBay prints it: "US $34.99" (order-detail-en), "£12.34", "EUR 12,34", "12,34 €".
 * A foreign-currency order shows "NOK 19.26 (US $2.28)": the amount in brackets is what the buyer
 * paid in their own currency (Kagee reads that one), so it wins when it parses. "Free" is zero, but
 * only in a currency the page shows elsewhere (`freeCurrency`): a bare "Free" names none.
 */
export function readMoney(text: string | undefined, locale: string | undefined, freeCurrency?: string): Money | undefined {
  if (text === undefined) return undefined;
  if (isLabel(text, 'free')) return freeCurrency === undefined ? undefined : { minor: 0, currency: freeCurrency };
  const bracketed = /\(([^()]+)\)\s*$/u.exec(text)?.[1];
  const money = (bracketed === undefined ? null : parsed(bracketed, locale)) ?? parsed(text, locale);
  return money === null ? undefined : { ...money };
}

// parseMoney builds an Intl.NumberFormat on every call with a locale (core/parse/parse-money.ts
// decimalSeparatorOf), by far the slowest step of a page read; it is pure and pages repeat their
// amounts, so results are remembered (bounded; copies handed out), as aliexpress/money.ts does.
const memo = new Map<string, Money | null>();

function parsed(text: string, locale: string | undefined): Money | null {
  const key = `${locale ?? ''}\u0000${text}`;
  let money = memo.get(key);
  if (money === undefined) {
    if (memo.size > 2000) memo.clear();
    money = parseMoney(text, locale === undefined ? {} : { locale });
    memo.set(key, money);
  }
  return money;
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}

/**
 * The value every witness agrees on. When a page prints a fact twice and the two differ, the page is
 * in a state we do not understand, so nothing is reported rather than one picked.
 */
export function agree<T>(values: readonly (T | undefined)[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const seen = values.filter((v): v is T => v !== undefined);
  const [first] = seen;
  return first !== undefined && seen.every((v) => same(first, v)) ? first : undefined;
}

export function dateFrom(text: string | undefined, locale: string | undefined): PageDate | undefined {
  return text === undefined ? undefined : (parseDate(text, locale === undefined ? {} : { locale }) ?? undefined);
}

/** "Quantity 3", "Quantity: 3", "Anzahl: 2" → 3, 2; undefined for anything else. */
export function quantityFrom(text: string): number | undefined {
  const match = /^\p{L}+\s*:?\s*(\d{1,5})$/u.exec(normalizeText(text));
  const n = Number(match?.[1]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A tracking number: letters and digits (spaces allowed between groups), 8–40 of them, at least one digit. */
export function trackingFrom(text: string | undefined): string | undefined {
  const t = normalizeText(text ?? '');
  if (!/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(t)) return undefined;
  const token = t.replace(/[ -]/g, '');
  return token.length >= 8 && token.length <= 40 && /\d/.test(token) ? token : undefined;
}

/** `money` split evenly over `quantity` units; undefined when it does not divide into whole minor units. */
export function perUnit(money: Money | undefined, quantity: number): Money | undefined {
  if (money === undefined) return undefined;
  return money.minor % quantity === 0 ? { minor: money.minor / quantity, currency: money.currency } : undefined;
}
