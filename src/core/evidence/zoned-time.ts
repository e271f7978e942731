/** Wall-clock fields of an instant in one IANA time zone, with that zone's UTC offset then. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC (Moscow +180, New York in winter −300). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Reads the wall clock through Intl (h23, so midnight is 00, never 24). Throws a RangeError for an
 * unknown time zone or an invalid date: callers pass zones from settings, already validated.
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('zonedParts: invalid date');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { ...wall, offsetMinutes: Math.round((wallAsUtc - wholeSeconds) / 60_000) };
}

/** "+03:00", "-05:00", "+05:45": the offset as ISO 8601 writes it. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
