import { TZDate } from '@date-fns/tz';
import { endOfDay, format, startOfDay } from 'date-fns';
import type { PageDate } from '../../model/time';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Throws RangeError when `timeZone` is not a zone the runtime knows: a wrong zone would shift every
 * deadline silently, which is worse than failing loudly.
 */
export function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  Intl.DateTimeFormat('en', { timeZone }).resolvedOptions();
  knownZones.add(timeZone);
}
// Zones already checked: building an Intl.DateTimeFormat per deadline was most of the time the
// tracked list took for 1,000 orders (about 0.3 ms each). Only valid zones are remembered.
const knownZones = new Set<string>();

/**
 * The user's local calendar day a page date falls on, at local noon (midnight does not exist on
 * some DST days, e.g. America/Santiago). A "YYYY-MM-DD" is that day in the user's zone; an instant
 * is the day it falls on there. Undefined for an unparsable or impossible date ("2026-02-30").
 */
export function localDay(value: PageDate, timeZone: string): TZDate | undefined {
  const m = CALENDAR_DATE.exec(value);
  if (m) {
    const [year, month, date] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    const day = new TZDate(year, month, date, 12, 0, 0, timeZone);
    return day.getMonth() === month && day.getDate() === date ? day : undefined;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const at = new TZDate(ms, timeZone);
  return new TZDate(at.getFullYear(), at.getMonth(), at.getDate(), 12, 0, 0, timeZone);
}

/** A deadline day ends as a person counts it: the last millisecond of that day, local time. */
export function endOfLocalDay(day: TZDate): TZDate {
  return endOfDay(day);
}

/** A step that opens on a day opens at its first moment, local time. */
export function startOfLocalDay(day: TZDate): TZDate {
  return startOfDay(day);
}

/** An instant re-expressed in the user's zone: "2026-11-26T23:59:59.999+03:00". Undefined if unparsable. */
export function instantIn(value: string | number, timeZone: string): TZDate | undefined {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new TZDate(ms, timeZone);
}

/** "2026-11-02" for the local day. */
export function dayText(day: TZDate): string {
  return format(day, 'yyyy-MM-dd');
}

/** "2026-11-24 10:02" local. */
export function minuteText(at: TZDate): string {
  return format(at, 'yyyy-MM-dd HH:mm');
}
