import { TZDate } from '@date-fns/tz';

/** A calendar day as numbers: year, month 1–12, day 1–31. */
export type Ymd = readonly [year: number, month: number, day: number];

export interface WallTime {
  hour: number;
  minute: number;
  second: number;
  /** "+03:00" when the text itself printed an offset ("Z", "+0300", "GMT+3"). */
  offset?: string;
}

// What pages put between a date and its time: ", ", " г., ", " at ", " um ", " à ", " a las ",
// " в ", "T" (ISO). Folded text, so all lower case.
const GAP = String.raw`(?:[ ,|]|г\.|at(?= )|um(?= )|a las(?= )|a la(?= )|à(?= )|a(?= )|в(?= )|o(?= )|t(?=\d))*`;
const CLOCK = String.raw`(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?!\d)(?: ?(?<ampm>[ap])\.? ?m\b\.?)?`;
const OFFSET = String.raw`(?: ?(?:\(?(?:gmt|utc) ?(?<gh>[+-]\d{1,2})(?::?(?<gm>\d{2}))?|(?<z>z)\b|(?<oh>[+-]\d{2}):?(?<om>\d{2})))?`;
const TIME = new RegExp(`^${GAP}${CLOCK}${OFFSET}`, 'u');

/**
 * Reads a clock time at the start of `rest` (the text right after a date). Returns null when
 * there is none or it is not a real time (25:00, 10:75, 13:00 pm), so the caller keeps the day.
 */
export function readTime(rest: string): WallTime | null {
  const g = TIME.exec(rest)?.groups;
  if (g === undefined) return null;
  let hour = Number(g.h);
  const minute = Number(g.mi);
  const second = g.s === undefined ? 0 : Number(g.s);
  if (g.ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (g.ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = g.z !== undefined ? '+00:00' : toOffset(g.gh ?? g.oh, g.gm ?? g.om);
  return offset === undefined ? { hour, minute, second } : { hour, minute, second, offset };
}

function toOffset(hours: string | undefined, minutes = '0'): string | undefined {
  if (hours === undefined) return undefined;
  const h = Math.abs(Number(hours));
  const m = Number(minutes);
  if (h > 14 || m > 59) return undefined; // no zone is further than ±14:00
  return `${hours.startsWith('-') ? '-' : '+'}${pad(h)}:${pad(m)}`;
}

/**
 * The instant for a day and wall time: with the printed offset if there is one, else in
 * `timeZone` (via @date-fns/tz, so DST is that zone's). Null when neither is known or the zone
 * name is not a valid IANA zone — the caller then keeps the calendar day.
 */
export function toInstant([year, month, day]: Ymd, time: WallTime, timeZone?: string): string | null {
  const wall = `${year}-${pad(month)}-${pad(day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  if (time.offset !== undefined) return wall + time.offset;
  if (timeZone === undefined) return null;
  const zoned = new TZDate(year, month - 1, day, time.hour, time.minute, time.second, timeZone);
  if (Number.isNaN(zoned.getTime())) return null;
  // Read the fields back from the zoned date: a wall time in a DST gap moves forward an hour.
  const minutes = -zoned.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const date = `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
  const local = `${date}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}:${pad(zoned.getSeconds())}`;
  return `${local}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
