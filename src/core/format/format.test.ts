import { describe, expect, it } from 'vitest';
import { formatInstant, formatPageDate } from './format-date';
import { formatMoney } from './format-money';

const nbspToSpace = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats minor units exactly, with the currency’s own digits', () => {
    expect(formatMoney({ minor: 1234, currency: 'USD' }, 'en-US')).toBe('$12.34');
    expect(nbspToSpace(formatMoney({ minor: 123456, currency: 'RUB' }, 'ru-RU'))).toBe('1 234,56 ₽');
    expect(formatMoney({ minor: 1234, currency: 'JPY' }, 'en-US')).toBe('¥1,234');
  });
});

describe('formatPageDate', () => {
  it('keeps a calendar day the same day in every time zone', () => {
    expect(formatPageDate('2026-02-21', 'en-GB', 'Pacific/Auckland')).toBe('21 Feb 2026');
    expect(formatPageDate('2026-02-21', 'en-GB', 'America/Los_Angeles')).toBe('21 Feb 2026');
  });

  it('shows an instant in the user’s zone', () => {
    expect(formatInstant('2026-11-28T15:00:00Z', 'en-GB', 'Europe/Moscow')).toBe('28 Nov 2026, 18:00');
  });
});
