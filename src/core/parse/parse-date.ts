import type { PageDate } from '../../model/time';
import { MONTH_BY_NAME, MONTH_PATTERN } from './month-names';
import { foldText } from './normalize-text';
import { readTime, toInstant, type Ymd } from './read-time';

export interface DateOptions {
  /** The page's locale (BCP 47). Decides "03/04/2026": en-US reads month first, en-GB/fr/de day first. */
  locale?: string;
  /** IANA zone the page prints times in ("Europe/Moscow"). Without it a printed time is dropped. */
  timeZone?: string;
}

const MONTH = String.raw`(?<month>${MONTH_PATTERN})\.?(?!\p{L})`;
const DAY = String.raw`(?<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>\d{4})(?!\d)`;

// Each pattern runs on folded text (lower case, no diacritics); the earliest match in the text wins.
const PATTERNS: readonly { re: RegExp; order: 'ymd' | 'dmy' | 'slashed' }[] = [
  // 2026-02-21, 2026-02-21T10:32:00Z, 2026.02.21, 2026/2/21
  { re: /(?<!\d)(?<year>\d{4})[-./](?<month>\d{1,2})[-./](?<day>\d{1,2})(?!\d)/u, order: 'ymd' },
  // 2026年2月21日 (zh/ja), 2026년 2월 21일 (ko)
  { re: /(?<year>\d{4}) ?[年년] ?(?<month>\d{1,2}) ?[月월] ?(?<day>\d{1,2}) ?[日일]/u, order: 'ymd' },
  // 21.02.2026: a dotted date is day-first in every locale that prints one (de, ru, pl, tr, az)
  { re: /(?<!\d)(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?!\d)/u, order: 'dmy' },
  // 02/21/2026, 21/02/2026, 21-02-2026: order from the numbers, else from the locale
  { re: /(?<!\d)(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?!\d)/u, order: 'slashed' },
  // 21 Feb 2026, 21. Februar 2026, 21 de febrero de 2026, 21 февраля 2026 г.
  { re: new RegExp(String.raw`(?<!\d)${DAY}\.? ?(?:de )?${MONTH},? ?(?:de |del )?${YEAR}`, 'u'), order: 'dmy' },
  // Feb 21, 2026, February 21st 2026
  { re: new RegExp(String.raw`(?<!\p{L})${MONTH} ?${DAY},? ?${YEAR}`, 'u'), order: 'dmy' },
];

/**
 * Reads the first date in `text` ("Order date: Feb 21, 2026", "21 февраля 2026 г.", "21.02.2026",
 * "02/21/2026") as a calendar day "YYYY-MM-DD".
 *
 * When a time follows the date and the zone is known — an offset in the text ("…T10:32:00Z",
 * "10:32 GMT+3") or `opts.timeZone` — returns an ISO instant with offset instead; a time without a
 * zone would be false precision, so then only the day is returned.
 *
 * Returns null when no date is found, the day does not exist (Feb 30, Feb 29 2027), the year is
 * outside 1970–2100 (not an order date), or "03/04/2026" has no locale to say which is the month.
 * The first date-looking text decides: if it is not a real day, a later date is not tried, since
 * it is likely a different fact (a range end, a delivery estimate).
 */
export function parseDate(text: string, opts: DateOptions = {}): PageDate | null {
  const folded = foldText(text);
  let best: { match: RegExpExecArray; order: (typeof PATTERNS)[number]['order'] } | undefined;
  for (const { re, order } of PATTERNS) {
    const match = re.exec(folded);
    if (match !== null && (best === undefined || match.index < best.match.index)) best = { match, order };
  }
  if (best === undefined) return null;
  const ymd = toYmd(best.match.groups ?? {}, best.order, opts.locale);
  if (ymd === null) return null;
  const day = formatDay(ymd);
  if (day === null) return null;
  const time = readTime(folded.slice(best.match.index + best.match[0].length));
  return (time && toInstant(ymd, time, opts.timeZone)) ?? day;
}

function toYmd(groups: Record<string, string | undefined>, order: string, locale?: string): Ymd | null {
  const year = Number(groups.year);
  if (order !== 'slashed') {
    const month = /^\d+$/.test(groups.month ?? '') ? Number(groups.month) : MONTH_BY_NAME.get(groups.month ?? '');
    return month === undefined ? null : [year, month, Number(groups.day)];
  }
  const a = Number(groups.a);
  const b = Number(groups.b);
  // Unambiguous when one number cannot be a month, or both are the same; else ask the locale.
  const dayFirst = a > 12 ? true : b > 12 || a === b ? false : localeDayFirst(locale);
  if (dayFirst === null) return null;
  return dayFirst ? [year, b, a] : [year, a, b];
}

/** Whether the locale writes the day before the month in a numeric date; null if unknown or year-first. */
function localeDayFirst(locale: string | undefined): boolean | null {
  if (locale === undefined) return null;
  try {
    const types = new Intl.DateTimeFormat(locale).formatToParts(new Date(Date.UTC(2026, 10, 22))).map((p) => p.type);
    const day = types.indexOf('day');
    const month = types.indexOf('month');
    if (types.indexOf('year') < Math.min(day, month)) return null;
    return day < month;
  } catch {
    return null; // malformed locale tag: as if none was given
  }
}

/** "YYYY-MM-DD" for a day that exists in a plausible order year, else null. */
function formatDay([year, month, day]: Ymd): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // Feb 30 rolled over into March
  return probe.toISOString().slice(0, 10);
}
