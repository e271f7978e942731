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
});
