import { MONTH_BY_NAME, MONTH_PATTERN } from '../../core/parse/month-names';
import { foldText } from '../../core/parse/normalize-text';
import type { CalendarDate } from '../../model/time';

/**
 * eBay's status line prints a day without its year: "Delivered on Nov 9" (order-detail-en; the
 * extractor extension in the README reads "Mon D" there and adds a year itself). core/parse/parse-date
 * rightly refuses such text, so the year comes from the order date here: the first such day on or after
 * the order was placed. Without an order date there is no year, and no date.
 */
const MONTH = String.raw`(?<month>${MONTH_PATTERN})\.?(?!\p{L})`;
const YEAR = String.raw`(?:,? (?<year>\d{4})(?!\d))?`;
const PATTERNS = [
  // "Nov 9", "Nov 9, 2026", "Thu, Nov 12" (en)
  new RegExp(String.raw`(?<!\p{L})${MONTH} ?(?<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?${YEAR}`, 'gu'),
  // "9 Nov", "9. Nov. 2026" (en-GB, de)
  new RegExp(String.raw`(?<![\d.])(?<day>\d{1,2})\.? ?${MONTH}${YEAR}`, 'gu'),
];

/** Every day printed in `text`, in order, with years from `placed` where the text gives none. */
export function daysIn(text: string, placed: string | undefined): CalendarDate[] {
  const folded = foldText(text);
  const found: { at: number; day: CalendarDate }[] = [];
  for (const re of PATTERNS) {
    for (const match of folded.matchAll(re)) {
      const g = match.groups ?? {};
      const month = MONTH_BY_NAME.get(g.month ?? '');
      const day = month === undefined ? undefined : toDay(g.year === undefined ? undefined : Number(g.year), month, Number(g.day), placed);
      if (day !== undefined && !found.some((f) => f.at === match.index)) found.push({ at: match.index, day });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.day);
}

function toDay(year: number | undefined, month: number, day: number, placed: string | undefined): CalendarDate | undefined {
  if (year !== undefined) return format(year, month, day);
  const anchor = /^(\d{4})-\d\d-\d\d/.exec(placed ?? '');
  if (!anchor?.[1] || !placed) return undefined;
  const sameYear = format(Number(anchor[1]), month, day);
  // Feb 29 of a year without one: the next year is tried, where the day may exist.
  if (sameYear !== undefined && sameYear >= placed.slice(0, 10)) return sameYear;
  return format(Number(anchor[1]) + 1, month, day);
}

function format(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1970 || year > 2100 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 ? probe.toISOString().slice(0, 10) : undefined;
}
