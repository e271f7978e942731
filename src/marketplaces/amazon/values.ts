import { normalizeText } from '../../core/parse/normalize-text';
import { parseDate } from '../../core/parse/parse-date';
import type { PageDate } from '../../model/time';
import type { Page } from './dom';
import { ORDER_ID } from './urls';

/**
 * Turning printed values into facts. Every function here returns undefined rather than a guess.
 */

/** "113-1234567-1234567" in printed text. */
export function idFrom(text: string | undefined): string | undefined {
  return ORDER_ID.exec(normalizeText(text ?? ''))?.[1];
}

/** The order number in a link's `orderID` parameter ("View order details"). */
export function idFromHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const id = new URL(href).searchParams.get('orderID') ?? '';
    return new RegExp(`^${ORDER_ID.source}$`, 'u').test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** "2", "Qty: 2", "Menge: 2" → a positive count. */
export function quantityFrom(text: string | undefined): number | undefined {
  const match = /^(?:\p{L}+\.?\s*:?\s*)?(\d{1,4})$/u.exec(normalizeText(text ?? ''));
  const n = Number(match?.[1]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A full date as printed ("November 2, 2026", "3. November 2026", "2 de noviembre de 2026"). */
export function dateFrom(page: Page, text: string | undefined): PageDate | undefined {
  return text === undefined ? undefined : (parseDate(text, page.locale === undefined ? {} : { locale: page.locale }) ?? undefined);
}
