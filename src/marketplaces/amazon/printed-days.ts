import { MONTH_BY_NAME, MONTH_PATTERN } from '../../core/parse/month-names';
import { foldText } from '../../core/parse/normalize-text';
import type { CalendarDate } from '../../model/time';

const MONTH = String.raw`(?<month>${MONTH_PATTERN})\.?(?!\p{L})`;
const YEAR = String.raw`(?:,? ?(?:de )?(?<year>\d{4})(?!\d))?`;
// "6. November", "5 November 2026", "2 de noviembre de 2026", "06. Dezember 2026"
const DAY_FIRST = new RegExp(String.raw`(?<!\d)(?<day>\d{1,2})\.? ?(?:de )?${MONTH}${YEAR}`, 'gu');
// "November 5", "December 5, 2026", "Nov 26th"
const MONTH_FIRST = new RegExp(String.raw`(?<!\p{L})${MONTH} ?(?<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)${YEAR}`, 'gu');

/**
 * Every day printed in `text`, in order, with or without its year: "Delivered November 5",
 * "Zugestellt: 6. November", "Arriving November 26 – November 28", "vom 1. August 2026 bis 3. August 2026".
 *
 * Amazon leaves the year out of delivery lines; the fixtures README takes it from the order date, as a
 * person does: the first such day on or after `orderDate` ("January 3" of an order placed on
 * December 28, 2026 is 2027-01-03). Without a printed year or an order date a day is left out, and so is
 * a day that does not exist (February 30).
 */
export function printedDays(text: string, orderDate: CalendarDate | undefined): CalendarDate[] {
  const folded = foldText(text);
  const matches = [...folded.matchAll(DAY_FIRST), ...folded.matchAll(MONTH_FIRST)].sort((a, b) => a.index - b.index);
  const days: CalendarDate[] = [];
  let end = 0;
  for (const match of matches) {
    if (match.index < end) continue; // overlaps a day already read
    end = match.index + match[0].length;
    const { day, month, year } = match.groups ?? {};
    const found = toDay(Number(year ?? NaN), MONTH_BY_NAME.get(month ?? '') ?? 0, Number(day), orderDate);
    if (found !== undefined) days.push(found);
  }
  return days;
}

function toDay(printedYear: number, month: number, day: number, orderDate: CalendarDate | undefined): CalendarDate | undefined {
  let year = printedYear;
  if (Number.isNaN(year)) {
    if (orderDate === undefined) return undefined;
    year = Number(orderDate.slice(0, 4));
    if (format(year, month, day) < orderDate) year += 1;
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Month 0, day 0 or Feb 30 roll over into another day: not a printed day.
  if (month < 1 || year < 1970 || year > 2100 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return format(year, month, day);
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
