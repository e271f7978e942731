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
  return money ?? undefined;
}

function parsed(text: string, locale: string | undefined): Money | null {
  return parseMoney(text, locale === undefined ? {} : { locale });
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';

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
