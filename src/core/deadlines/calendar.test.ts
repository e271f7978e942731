import { describe, expect, it } from 'vitest';
import { assertTimeZone, dayText, endOfLocalDay, instantIn, localDay, minuteText, startOfLocalDay } from './calendar';

describe('localDay', () => {
  it('takes a calendar date as that day in the user zone, at local noon', () => {
    expect(localDay('2026-11-02', 'Pacific/Auckland')?.toISOString()).toBe('2026-11-02T12:00:00.000+13:00');
    expect(localDay('2026-11-02', 'America/Los_Angeles')?.toISOString()).toBe('2026-11-02T12:00:00.000-08:00');
  });

  it('takes an instant as the day it falls on in the user zone', () => {
    // 20:00 UTC is already the next morning in Auckland, and still the same noon in Los Angeles.
    expect(dayText(localDay('2026-11-08T20:00:00Z', 'Pacific/Auckland')!)).toBe('2026-11-09');
    expect(dayText(localDay('2026-11-08T20:00:00Z', 'America/Los_Angeles')!)).toBe('2026-11-08');
    expect(dayText(localDay('2026-11-08T23:30:00+03:00', 'Europe/Moscow')!)).toBe('2026-11-08');
  });

  it('accepts a leap day and refuses impossible or unparsable dates', () => {
    expect(dayText(localDay('2028-02-29', 'Europe/Berlin')!)).toBe('2028-02-29');
    expect(localDay('2026-02-29', 'Europe/Berlin')).toBeUndefined();
    expect(localDay('2026-02-30', 'Europe/Berlin')).toBeUndefined();
    expect(localDay('soon', 'Europe/Berlin')).toBeUndefined();
  });
});

describe('day boundaries across DST changes', () => {
  const cases = [
    ['Europe/Berlin', '2026-03-29', '2026-03-29T23:59:59.999+02:00', '2026-03-29T00:00:00.000+01:00'],
    ['Europe/Berlin', '2026-10-25', '2026-10-25T23:59:59.999+01:00', '2026-10-25T00:00:00.000+02:00'],
    ['America/New_York', '2026-03-08', '2026-03-08T23:59:59.999-04:00', '2026-03-08T00:00:00.000-05:00'],
    ['America/New_York', '2026-11-01', '2026-11-01T23:59:59.999-05:00', '2026-11-01T00:00:00.000-04:00'],
  ] as const;

  it.each(cases)('%s %s ends at 23:59:59.999 and starts at 00:00 local', (zone, date, end, start) => {
    const day = localDay(date, zone)!;
    expect(endOfLocalDay(day).toISOString()).toBe(end);
    expect(startOfLocalDay(day).toISOString()).toBe(start);
  });

  it('starts a day at its first existing moment where midnight is skipped (America/Santiago)', () => {
    expect(startOfLocalDay(localDay('2026-09-06', 'America/Santiago')!).toISOString()).toBe('2026-09-06T01:00:00.000-03:00');
  });
});

describe('instantIn and texts', () => {
  it('re-expresses an instant with the zone offset, and refuses garbage', () => {
    const at = instantIn('2026-11-24T07:02:00Z', 'Europe/Moscow')!;
    expect(at.toISOString()).toBe('2026-11-24T10:02:00.000+03:00');
    expect(minuteText(at)).toBe('2026-11-24 10:02');
    expect(instantIn('not a date', 'Europe/Moscow')).toBeUndefined();
  });

  it('throws RangeError for a zone the runtime does not know', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Pacific/Auckland')).not.toThrow();
  });
});
