import type { PageDate } from '../../model/time';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as a letter writes it: "2 November 2026" / «2 ноября 2026 г.». The long month reads better
 * aloud than format-date's short one and needs no case ending from us (Intl declines «ноября»).
 * A calendar day stays that day in every zone; an instant is placed in `timeZone` first.
 */
export function formatLetterDate(value: PageDate, locale: string, timeZone: string): string {
  if (CALENDAR_DAY.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(value));
}

/** "24 November 2026 at 13:05" / «24 ноября 2026 г. в 13:05», in the user's zone: when evidence was captured. */
export function formatLetterDateTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** Today's calendar day ("2026-11-24") in `timeZone`, to compare with calendar days printed on the page. */
export function calendarDayIn(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD, which is exactly the calendar-date shape the model uses.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}
