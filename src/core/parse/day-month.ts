import { MONTH_BY_NAME, MONTH_PATTERN } from './month-names';
import { foldText } from './normalize-text';
import { parseDate } from './parse-date';
import type { CalendarDate, PageDate } from '../../model/time';

/**
 * Russian dates as Ozon and Wildberries print them. A date in the current year has no year ("Заказ от 17 сентября",
 * "Получен 16 ноября": fixtures README, "Year rule", after the public OzonParser), so the year comes
 * from `now`, by one of two rules:
 *
 * - 'past', for things that happened (ordered, received): the year of `now`, or the year before when
 *   that day would be after today. "Today" is the latest calendar day anywhere at `now` (UTC+14): an
 *   order placed just after midnight in Moscow or Vladivostok is still "today" while UTC is on the day
 *   before, and must not be pushed a year back.
 * - 'nearest', for estimates that lie ahead (delivery "27 - 28 ноября"): the year that puts the day
 *   nearest to `now`, so "2 января" read on 28 December is next January.
 *
 * core/parse/parse-date reads only dates with a year; a date with one is read by it, as printed.
 */
export type YearRule = 'past' | 'nearest';

const DAY_MONTH = new RegExp(String.raw`(?<!\d)(\d{1,2}) (${MONTH_PATTERN})(?!\p{L})\.?(?: (\d{4})(?!\d))?`, 'u');
const RANGE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?: (${MONTH_PATTERN})(?!\p{L})\.?)? ?[-–—] ?(\d{1,2}) (${MONTH_PATTERN})(?!\p{L})\.?(?: (\d{4})(?!\d))?`,
  'u',
);
const LATEST_ZONE_MS = 14 * 3_600_000;

/** The first date in `text`: as printed when it has a year, else placed by `rule`; undefined when none. */
export function dateIn(text: string | undefined, now: Date, rule: YearRule): PageDate | undefined {
  if (text === undefined) return undefined;
  const full = parseDate(text);
  if (full !== null) return full;
  const match = DAY_MONTH.exec(foldText(text));
  if (!match || match[3] !== undefined) return undefined; // a year parse-date refused (1900, 31 June 2026)
  return placeYear(Number(match[1]), MONTH_BY_NAME.get(match[2] ?? ''), now, rule);
}

/**
 * A delivery estimate: "27 - 28 ноября", "30 ноября - 2 декабря", or one day "Ожидаем 15 июля" (from
 * and to the same day). Years by the 'nearest' rule for the end, and the start falls in the year that
 * keeps it before the end.
 */
export function dayRangeIn(text: string | undefined, now: Date): { from: CalendarDate; to: CalendarDate } | undefined {
  if (text === undefined) return undefined;
  const folded = foldText(text);
  const range = RANGE.exec(folded);
  if (range) {
    const toMonth = MONTH_BY_NAME.get(range[4] ?? '');
    const fromMonth = range[2] === undefined ? toMonth : MONTH_BY_NAME.get(range[2]);
    const to = range[5] === undefined ? placeYear(Number(range[3]), toMonth, now, 'nearest') : ymd(Number(range[5]), toMonth, Number(range[3]));
    if (to === undefined || fromMonth === undefined) return undefined;
    const toYear = Number(to.slice(0, 4));
    const sameYear = ymd(toYear, fromMonth, Number(range[1]));
    // "30 декабря - 2 января" starts the year before; "28 - 27 ноября" is no range.
    const from = sameYear !== undefined && sameYear <= to ? sameYear : fromMonth > (toMonth ?? 0) ? ymd(toYear - 1, fromMonth, Number(range[1])) : undefined;
    return from === undefined ? undefined : { from, to };
  }
  const day = dateIn(text, now, 'nearest');
  return typeof day === 'string' && /^\d{4}-\d\d-\d\d$/.test(day) ? { from: day, to: day } : undefined;
}

function placeYear(day: number, month: number | undefined, now: Date, rule: YearRule): CalendarDate | undefined {
  if (month === undefined || Number.isNaN(now.getTime())) return undefined;
  const year = now.getUTCFullYear();
  if (rule === 'nearest') {
    const candidates = [year - 1, year, year + 1].flatMap((y) => ymd(y, month, day) ?? []);
    const distance = (date: string) => Math.abs(Date.parse(date) - now.getTime());
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  }
  const today = new Date(now.getTime() + LATEST_ZONE_MS).toISOString().slice(0, 10);
  // 29 February looks back to the last leap year; eight years bound the search.
  for (let y = Number(today.slice(0, 4)); y > year - 8; y--) {
    const date = ymd(y, month, day);
    if (date !== undefined && date <= today) return date;
  }
  return undefined;
}

/** "YYYY-MM-DD" for a day that exists, else undefined. */
function ymd(year: number, month: number | undefined, day: number): CalendarDate | undefined {
  if (month === undefined || !Number.isInteger(year) || year < 1970 || year > 2100 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 ? probe.toISOString().slice(0, 10) : undefined;
}
