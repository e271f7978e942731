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
  const money = parsed(text, page.locale, currency);
  return money === null ? undefined : { ...money };
}

// parseMoney builds an Intl.NumberFormat on every call with a locale (core/parse/parse-money.ts), the
// slowest step of a page read; a page repeats its amounts and parseMoney is pure, so results are
// remembered (bounded; copies handed out).
const memo = new Map<string, Money | null>();

function parsed(text: string, locale: string | undefined, currency: string | undefined): Money | null {
  const key = `${locale ?? ''}\u0000${currency ?? ''}\u0000${text}`;
  let money = memo.get(key);
  if (money === undefined) {
    if (memo.size > 2000) memo.clear();
    money = parseMoney(text, { ...(locale === undefined ? {} : { locale }), ...(currency === undefined ? {} : { currency }) });
    memo.set(key, money);
  }
  return money;
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';
