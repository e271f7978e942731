/**
 * What pages print next to an amount, and which currency it means. Order matters: the scanner
 * tries the alternatives left to right, so "US $" and "C$" must come before the bare "$".
 * A marker either names one currency or a family that only a hint can narrow ("$", "¥", "kr").
 */

export type Marker =
  | { pattern: string; currency: string }
  | { pattern: string; family: MarkerFamily }
  | { pattern: string; isoCode: true };
export type MarkerFamily = '$' | '¥' | 'kr';

// Letters around a word-like marker must not be letters: "TL" is lira, "TLS" is not.
const word = (pattern: string): string => `(?<!\\p{L})(?:${pattern})(?!\\p{L})`;
const after = (pattern: string): string => `(?<!\\p{L})(?:${pattern})`;

export const MARKERS: readonly Marker[] = [
  { pattern: after('US ?\\$'), currency: 'USD' },
  { pattern: after('C ?\\$|CA\\$'), currency: 'CAD' },
  { pattern: after('A ?\\$|AU\\$'), currency: 'AUD' },
  { pattern: after('NZ ?\\$'), currency: 'NZD' },
  { pattern: after('HK ?\\$'), currency: 'HKD' },
  { pattern: after('S ?\\$|SG\\$'), currency: 'SGD' },
  { pattern: after('R ?\\$'), currency: 'BRL' },
  { pattern: after('MX ?\\$'), currency: 'MXN' },
  { pattern: after('NT ?\\$'), currency: 'TWD' },
  { pattern: after('JP ?¥'), currency: 'JPY' },
  { pattern: after('CN ?¥') + '|' + word('RMB'), currency: 'CNY' },
  { pattern: '\\$', family: '$' },
  { pattern: '¥', family: '¥' },
  { pattern: '円', currency: 'JPY' },
  { pattern: '元', currency: 'CNY' },
  { pattern: '€', currency: 'EUR' },
  { pattern: '£', currency: 'GBP' },
  // "руб.", "рублей", "р." all appear on Russian pages, after the amount.
  { pattern: '₽|' + word('руб\\.?|рубл(?:ей|я|ь)|р\\.'), currency: 'RUB' },
  { pattern: word('zł'), currency: 'PLN' },
  { pattern: '₩|' + word('원'), currency: 'KRW' },
  { pattern: '₹|' + word('Rs\\.?'), currency: 'INR' },
  { pattern: '₺|' + word('TL'), currency: 'TRY' },
  { pattern: '₴|' + word('грн\\.?'), currency: 'UAH' },
  { pattern: '₸|' + word('тг'), currency: 'KZT' },
  { pattern: '₼|' + word('AZN|manat'), currency: 'AZN' },
  { pattern: word('Kč'), currency: 'CZK' },
  { pattern: word('kr\\.?'), family: 'kr' },
  { pattern: '₫', currency: 'VND' },
  { pattern: '฿', currency: 'THB' },
  { pattern: '₪', currency: 'ILS' },
  { pattern: '₾', currency: 'GEL' },
  // Any ISO code last; `currencyFromCode` decides whether the three letters really are one.
  { pattern: word('[A-Z]{3}'), isoCode: true },
];

/** Currencies each ambiguous symbol is used for; the first is the default (or none for "¥"/"kr"). */
const FAMILIES: Record<MarkerFamily, { members: readonly string[]; fallback?: string }> = {
  // A bare "$" on the web is US dollars unless the page says otherwise (amazon.com, ebay.com);
  // regional sites print their own prefix ("C$", "A$") or set the hint.
  $: { members: ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP'], fallback: 'USD' },
  // "¥" is both yen and yuan, and AliExpress prints it for CNY: never guess.
  '¥': { members: ['JPY', 'CNY'] },
  kr: { members: ['SEK', 'NOK', 'DKK', 'ISK'] },
};

// Uppercase words that are ISO codes but read as English on a page ("ALL 3 items", "TOP 10").
const CODE_LOOKALIKES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'BOB', 'SOS', 'PEN', 'MAD', 'BAM']);
// Asked of Intl on first use, not when a reader starts: most pages print a symbol, not a code.
let knownCodes: ReadonlySet<string> | undefined;

/** An ISO 4217 code the runtime knows, or null for three capitals that are something else. */
export function currencyFromCode(code: string): string | null {
  if (CODE_LOOKALIKES.has(code)) return null;
  knownCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return knownCodes.has(code) ? code : null;
}

/**
 * Narrows an ambiguous symbol: the hint's currency if it belongs to the family, then the hint
 * locale's region ("en-CA" → CAD, "ja" → JP → JPY), then the family default; null if none fits.
 */
export function resolveFamily(family: MarkerFamily, hint: { currency?: string; locale?: string }): string | null {
  const { members, fallback } = FAMILIES[family];
  if (hint.currency !== undefined && members.includes(hint.currency)) return hint.currency;
  const regional = regionCurrency(hint.locale);
  if (regional !== null && members.includes(regional)) return regional;
  return fallback ?? null;
}

const REGION_CURRENCY: Record<string, string> = {
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', MX: 'MXN', TW: 'TWD', AR: 'ARS',
  CL: 'CLP', CO: 'COP', JP: 'JPY', CN: 'CNY', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK',
};

function regionCurrency(locale: string | undefined): string | null {
  if (locale === undefined) return null;
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region === undefined ? null : (REGION_CURRENCY[region] ?? null);
  } catch {
    return null; // not a BCP 47 tag: behave as if no locale was given
  }
}
