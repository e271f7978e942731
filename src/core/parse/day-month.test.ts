import { describe, expect, it } from 'vitest';
import { dateIn, dayRangeIn } from './day-month';

const NOW = new Date('2026-11-24T10:00:00Z');

describe("dates without a year take now's year, never a day after today ('past')", () => {
  it.each([
    ['Заказ от 12 ноября', NOW, '2026-11-12'],
    ['Получен 16 ноября', NOW, '2026-11-16'],
    ['24 ноября', NOW, '2026-11-24'], // today
    ['12 декабря', NOW, '2025-12-12'], // after today: last year
    ['1 января', new Date('2027-01-01T08:00:00Z'), '2027-01-01'],
    // 00:30 in Moscow on 25 November is still the 24th in UTC: "25 ноября" is today there, not last year.
    ['25 ноября', new Date('2026-11-24T21:30:00Z'), '2026-11-25'],
    ['26 ноября', new Date('2026-11-24T21:30:00Z'), '2025-11-26'],
    ['29 февраля', NOW, '2024-02-29'], // the last 29 February before now
  ])('%s at %o → %s', (text, now, date) => {
    expect(dateIn(text, now, 'past')).toBe(date);
  });

  it('a printed year is kept as printed', () => {
    expect(dateIn('Заказ от 21 февраля 2024', NOW, 'past')).toBe('2024-02-21');
    expect(dateIn('05.07.2023', NOW, 'past')).toBe('2023-07-05');
    expect(dateIn('12 декабря 2026', NOW, 'past')).toBe('2026-12-12');
  });

  it.each(['', 'В пути', '31 июня', '12 ноябряx', '16 ноября 1900', '99 ноября'])('%j has no date', (text) => {
    expect(dateIn(text, NOW, 'past')).toBeUndefined();
  });

  it('an invalid now gives no date rather than a wrong one', () => {
    expect(dateIn('12 ноября', new Date(Number.NaN), 'past')).toBeUndefined();
  });
});

describe("delivery estimates take the year nearest to now ('nearest')", () => {
  it.each([
    ['Доставка в пункт выдачи 27 - 28 ноября', { from: '2026-11-27', to: '2026-11-28' }, NOW],
    ['Доставка 30 ноября - 2 декабря', { from: '2026-11-30', to: '2026-12-02' }, NOW],
    ['Доставка 30 декабря – 2 января', { from: '2026-12-30', to: '2027-01-02' }, new Date('2026-12-28T10:00:00Z')],
    ['Ожидаем 2 января', { from: '2027-01-02', to: '2027-01-02' }, new Date('2026-12-28T10:00:00Z')],
    ['Ожидаем 20 ноября', { from: '2026-11-20', to: '2026-11-20' }, NOW],
    ['Доставка 27 - 28 ноября 2026', { from: '2026-11-27', to: '2026-11-28' }, NOW],
  ])('%s → %j', (text, range, now) => {
    expect(dayRangeIn(text, now)).toEqual(range);
  });

  it.each(['Доставка в пункт выдачи', '28 - 27 ноября', ''])('%j has no estimate', (text) => {
    expect(dayRangeIn(text, NOW)).toBeUndefined();
  });
});
