import type { Money } from '../../model/money';
import { amountToMinor } from './amount-to-minor';
import { currencyFromCode, MARKERS, resolveFamily } from './currency-markers';
import { normalizeText } from './normalize-text';

export interface MoneyHint {
  /**
   * The page's currency, if the reader knows it (site setting, <meta>, URL): resolves "¥", "$",
   * "kr" and a bare number. A marker that names one currency ("US $", "€") wins over it.
   */
  currency?: string;
  /** The page's locale (BCP 47): resolves "$"/"¥" by region and "KWD 1.250"-style decimals. */
  locale?: string;
}

const MARK = MARKERS.map((m) => `(?:${m.pattern})`).join('|');
// Groups joined by "." "," "'" or a space; a space only joins a 3-digit group, so "12.34 2026"
// stays two numbers. normalizeText has already turned NBSP/narrow NBSP/thin space into " ".
const NUM = String.raw`\d+(?:[.,'’]\d+| \d{3}(?!\d))*`;
// A minus counts only when it is not glued to a word or number ("10-20 €" is a range, not -20);
// after a prefix marker ("US $-2.00") it always counts.
const SIGN = String.raw`(?<![\p{L}\p{N}] ?)[-−] ?`;
const AMOUNT = new RegExp(
  `(?<sign>${SIGN})?(?:(?<pre>${MARK}) ?(?<sign2>[-−] ?)?)?(?<num>${NUM})(?: ?(?<post>${MARK}))?`,
  'gu',
);
const MARKER_TESTS = MARKERS.map((m) => ({ marker: m, re: new RegExp(`^(?:${m.pattern})$`, 'u') }));

/**
 * Reads one amount from text as a marketplace prints it ("Total:US $12.34", "1 234,56 руб.",
 * "-€ 2,00", "¥1,234" with a hint) into integer minor units.
 *
 * Picks the first amount that has a currency marker next to it. Without any marker it falls back
 * to `hint.currency`, but only when the text holds exactly one number ("Total: 12.34"), because
 * with several numbers choosing one would be a guess.
 *
 * Returns null — never a float, never a guess — when there is no amount, when the currency cannot
 * be determined ("¥" without a JPY/CNY hint), when the separators do not form a valid number
 * ("1,23,4"), or when the fraction does not fit the currency ("¥12.50", JPY has no minor unit).
 */
export function parseMoney(text: string, hint: MoneyHint = {}): Money | null {
  // Readers run again at every change of a page (a late-rendering app, a ticking countdown), and a
  // page repeats its amounts: each text is parsed once per page. Bounded; callers get copies.
  const key = `${hint.locale ?? ''}\u0000${hint.currency ?? ''}\u0000${text}`;
  let money = remembered.get(key);
  if (money === undefined) {
    if (remembered.size > 2000) remembered.clear();
    money = parseMoneyOnce(text, hint);
    remembered.set(key, money);
  }
  return money && { ...money };
}

const remembered = new Map<string, Money | null>();

function parseMoneyOnce(text: string, hint: MoneyHint): Money | null {
  const bare: RegExpExecArray[] = [];
  for (const match of normalizeText(text).matchAll(AMOUNT)) {
    const groups = match.groups ?? {};
    const pre = markerCurrency(groups.pre, hint);
    const currency = pre === undefined ? markerCurrency(groups.post, hint) : pre;
    if (currency === undefined) {
      bare.push(match);
      continue;
    }
    return currency === null ? null : toMoney(match, currency, hint.locale);
  }
  const only = bare.length === 1 ? bare[0] : undefined;
  const hinted = hint.currency !== undefined && /^[A-Z]{3}$/.test(hint.currency) ? hint.currency : undefined;
  return only !== undefined && hinted !== undefined ? toMoney(only, hinted, hint.locale) : null;
}

/** A currency code; null for a currency marker whose currency stays unknown; undefined for no marker. */
function markerCurrency(text: string | undefined, hint: MoneyHint): string | null | undefined {
  if (text === undefined) return undefined;
  const found = MARKER_TESTS.find((t) => t.re.test(text))?.marker;
  if (found === undefined) return undefined;
  if ('family' in found) return resolveFamily(found.family, hint);
  if ('isoCode' in found) return currencyFromCode(text) ?? undefined; // "SKU 12" is no currency
  return found.currency;
}

function toMoney(match: RegExpExecArray, currency: string, locale: string | undefined): Money | null {
  const { sign, sign2, num = '' } = match.groups ?? {};
  const minor = amountToMinor(num, minorDigitsOf(currency), decimalSeparatorOf(locale));
  if (minor === null) return null;
  const negative = sign !== undefined || sign2 !== undefined;
  return { minor: negative && minor !== 0 ? -minor : minor, currency };
}

const digitsCache = new Map<string, number>();

/** Minor-unit digits from the runtime's ICU data (JPY/KRW 0, KWD/BHD 3, most others 2). */
function minorDigitsOf(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

// Making an Intl.NumberFormat costs far more than parsing an amount (0.1-0.3 ms), and a page prints
// its amounts in one locale: each locale's separator is looked up once.
const separatorCache = new Map<string, string>();

function decimalSeparatorOf(locale: string | undefined): string {
  if (locale === undefined) return '.';
  let separator = separatorCache.get(locale);
  if (separator === undefined) {
    try {
      separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      separator = '.'; // malformed locale tag: same as none
    }
    separatorCache.set(locale, separator);
  }
  return separator;
}
