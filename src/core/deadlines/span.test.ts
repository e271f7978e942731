import { describe, expect, it } from 'vitest';
import { dayText, localDay } from './calendar';
import { addSpan, spanText, type Span } from './span';

const after = (date: string, span: Span, zone = 'Europe/Berlin') => dayText(addSpan(localDay(date, zone)!, span));

describe('addSpan', () => {
  it('counts calendar days over month ends, in common and leap years', () => {
    expect(after('2026-01-31', { days: 30 })).toBe('2026-03-02');
    expect(after('2028-01-31', { days: 30 })).toBe('2028-03-01');
    expect(after('2028-02-29', { days: 1 })).toBe('2028-03-01');
    expect(after('2026-12-31', { days: 1 })).toBe('2027-01-01');
  });

  it('counts calendar days across DST changes without drifting a day', () => {
    expect(after('2026-03-28', { days: 1 })).toBe('2026-03-29');
    expect(after('2026-10-24', { days: 2 })).toBe('2026-10-26');
    expect(after('2026-03-07', { days: 1 }, 'America/New_York')).toBe('2026-03-08');
    expect(after('2026-10-31', { days: 1 }, 'America/New_York')).toBe('2026-11-01');
  });

  it('skips Saturdays and Sundays for business days', () => {
    expect(after('2026-11-27', { businessDays: 3 })).toBe('2026-12-02'); // Fri → Wed
    expect(after('2026-11-28', { businessDays: 3 })).toBe('2026-12-02'); // Sat → Wed: Mon, Tue, Wed
    expect(after('2026-11-27', { businessDays: 21 })).toBe('2026-12-28');
  });

  it('ends a month period on the same date, or the last day of a shorter month', () => {
    expect(after('2026-11-08', { months: 24 })).toBe('2028-11-08');
    expect(after('2028-02-29', { months: 24 })).toBe('2030-02-28');
    expect(after('2026-01-31', { months: 1 })).toBe('2026-02-28');
  });
});

describe('spanText', () => {
  it('names the span as a person says it', () => {
    expect(spanText({ days: 30 })).toBe('30 days');
    expect(spanText({ days: 1 })).toBe('1 day');
    expect(spanText({ businessDays: 3 })).toBe('3 business days');
    expect(spanText({ months: 24 })).toBe('2 years');
    expect(spanText({ months: 3 })).toBe('3 months');
  });
});
