import { parseDate } from '../../core/parse/parse-date';
import { normalizeText } from '../../core/parse/normalize-text';
import type { Money } from '../../model/money';
import type { PageDate } from '../../model/time';
import { valueText, type Page } from './dom';
import { agree, readMoney, sameMoney } from './money';

/**
 * Turning printed values into facts. Every function here returns undefined rather than a guess, and the
 * ones over elements refuse text the document was cut off in (dom.ts `valueText`).
 */

/** "3052219904417382", "3051846203917562Copy", "8014415270336621 View Detail" → the leading id. */
export function idFrom(text: string | undefined): string | undefined {
  // AliExpress order numbers are 15–16 digits in every fixture; 6 is a floor that rejects "1/2" or a year.
  return /^(\d{6,20})(?!\d)/.exec(normalizeText(text ?? ''))?.[1];
}

/** The order number in a link's `orderId` query parameter (list cards' detail links). */
export function idFromHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const id = new URL(href).searchParams.get('orderId') ?? undefined;
    return id !== undefined && /^\d{6,20}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** "x2", "X1", "1 Piece", "2 pcs.", "1 шт.", "2" → a positive count. */
export function quantityFrom(text: string | undefined): number | undefined {
  const t = normalizeText(text ?? '');
  const match = /^[x×]\s*(\d{1,5})$/iu.exec(t) ?? /^(\d{1,5})(?:\s*\p{L}+\.?)?$/u.exec(t);
  const n = Number(match?.[1]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function dateFrom(page: Page, text: string | undefined): PageDate | undefined {
  return text === undefined ? undefined : (parseDate(text, page.locale === undefined ? {} : { locale: page.locale }) ?? undefined);
}

/** The amount several elements show, when they all agree (money.ts `agree`). */
export function moneyOf(page: Page, elements: readonly (Element | null | undefined)[], freeCurrency?: string): Money | undefined {
  return agree(moneyWitnesses(page, elements, freeCurrency), sameMoney);
}

/** Each distinct element's amount, for `agree` together with other witnesses. */
export function moneyWitnesses(page: Page, elements: readonly (Element | null | undefined)[], freeCurrency?: string): (Money | undefined)[] {
  const unique = [...new Set(elements.filter((el): el is Element => el != null))];
  return unique.map((el) => readMoney(valueText(page, el), page.locale, freeCurrency));
}

/** A tracking number in printed text: letters and digits, at least 8, with a digit ("LP00712345678901"). */
export function trackingFrom(text: string | undefined): string | undefined {
  const token = normalizeText(text ?? '').split(' ')[0]?.replace(/[^A-Za-z0-9]/g, '');
  return token !== undefined && token.length >= 8 && token.length <= 40 && /\d/.test(token) ? token : undefined;
}
