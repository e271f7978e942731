import { describe, expect, it } from 'vitest';
import { dateText, inDaysText, whenText } from './when-text';

const now = new Date('2026-11-24T09:02:00.000+01:00');

describe('whenText', () => {
  it('names an end-of-day deadline by its date, with the year only when it is not this year', () => {
    expect(whenText('2026-11-26T23:59:59.999+01:00', now, 'Europe/Berlin')).toBe('26 Nov');
    expect(whenText('2027-02-08T23:59:59.999+01:00', now, 'Europe/Berlin')).toBe('8 Feb 2027');
  });

  it('adds the time when the page gave one other than the end of the day', () => {
    expect(whenText('2026-11-29T10:16:55.000Z', now, 'Europe/Moscow')).toBe('29 Nov, 13:16');
  });

  it('says today or tomorrow with the hour inside the last 24 hours', () => {
    expect(whenText('2026-11-24T23:59:59.999+01:00', now, 'Europe/Berlin')).toBe('23:59 today');
    expect(whenText('2026-11-25T02:00:00.000+01:00', now, 'Europe/Berlin')).toBe('02:00 tomorrow');
  });

  it('uses the user zone for the date', () => {
    expect(dateText('2026-11-08T00:00:00.000+13:00', now, 'Pacific/Auckland')).toBe('8 Nov');
    expect(dateText('2026-11-08T00:00:00.000+13:00', now, 'America/Los_Angeles')).toBe('7 Nov');
  });
});

describe('inDaysText', () => {
  it.each([[0, 'today'], [1, 'tomorrow'], [5, 'in 5 days']] as const)('%i → %s', (days, text) => {
    expect(inDaysText(days)).toBe(text);
  });

  it.each([[0, 'сегодня'], [1, 'завтра'], [2, 'через 2 дня'], [5, 'через 5 дней'], [21, 'через 21 день'], [22, 'через 22 дня']] as const)('in Russian: %i → %s', (days, text) => {
    expect(inDaysText(days, 'ru')).toBe(text);
  });
});

describe('in Russian', () => {
  it('names dates with the month in the genitive, the year when not this year, and the hour in the last day', () => {
    expect(whenText('2026-11-26T23:59:59.999+01:00', now, 'Europe/Berlin', 'ru')).toBe('26 ноября');
    expect(whenText('2027-02-08T23:59:59.999+01:00', now, 'Europe/Berlin', 'ru')).toBe('8 февраля 2027');
    expect(whenText('2026-11-29T10:16:55.000Z', now, 'Europe/Moscow', 'ru')).toBe('29 ноября, 13:16');
    expect(whenText('2026-11-24T23:59:59.999+01:00', now, 'Europe/Berlin', 'ru')).toBe('сегодня в 23:59');
    expect(whenText('2026-11-25T02:00:00.000+01:00', now, 'Europe/Berlin', 'ru')).toBe('завтра в 02:00');
    expect(dateText('2026-11-08T00:00:00.000+13:00', now, 'America/Los_Angeles', 'ru')).toBe('7 ноября');
  });
});
