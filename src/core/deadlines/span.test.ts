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

  it('names it in Russian with the right plural form', () => {
    expect(spanText({ days: 1 }, 'ru')).toBe('1 день');
    expect(spanText({ days: 3 }, 'ru')).toBe('3 дня');
    expect(spanText({ days: 30 }, 'ru')).toBe('30 дней');
    expect(spanText({ days: 21 }, 'ru')).toBe('21 день');
    expect(spanText({ businessDays: 3 }, 'ru')).toBe('3 рабочих дня');
    expect(spanText({ businessDays: 21 }, 'ru')).toBe('21 рабочий день');
    expect(spanText({ months: 24 }, 'ru')).toBe('2 года');
    expect(spanText({ months: 60 }, 'ru')).toBe('5 лет');
    expect(spanText({ months: 3 }, 'ru')).toBe('3 месяца');
  });
});
