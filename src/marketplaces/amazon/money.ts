import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';
import type { Page } from './dom';
import { isLabel } from './labels';

/**
 * An amount as Amazon prints it ("$18.99", "24,99€", "168,00 €", "£12.99", NBSP/U+202F between number
 * and sign). The site's currency only settles a "$" (amazon.ca, amazon.com.au); a number without any
 * currency sign is not read as money. "FREE"/"Kostenlos" is zero in `freeCurrency`, when one is known.
 */
export function readMoney(page: Page, text: string | undefined, freeCurrency?: string): Money | undefined {
  if (text === undefined) return undefined;
  if (isLabel(text, 'free')) return freeCurrency === undefined ? undefined : { minor: 0, currency: freeCurrency };
  const currency = page.currency !== undefined && text.includes('$') ? page.currency : undefined;
  return parseMoney(text, { ...(page.locale === undefined ? {} : { locale: page.locale }), ...(currency === undefined ? {} : { currency }) }) ?? undefined;
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';
