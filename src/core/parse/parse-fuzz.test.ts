import { describe, expect, it } from 'vitest';
import { moneySchema } from '../../model/money';
import { statusKindSchema } from '../../model/order';
import { calendarDateSchema, instantSchema, pageDateSchema } from '../../model/time';
import { normalizeStatus } from './normalize-status';
import { normalizeText } from './normalize-text';
import { parseCountdown, parseCountdownAt } from './parse-countdown';
import { parseDate } from './parse-date';
import { parseMoney } from './parse-money';
import { prng } from '../../../tests/support/prng';

// Pieces real pages are made of, so random strings often come close to a valid amount or date.
const PIECES = [
  '0', '1', '2', '9', '12', '29', '31', '2026', '2028', '1969', '99999999999999999', '.', ',', ':', '-', '−', '/',
  ' ', '\u00A0', '\u202F', '\u2009', '\u200B', '\u200E', "'", '$', 'US $', 'C$', '€', '£', '¥', '￥', 'JP¥', '₽', 'руб.',
  'zł', '₩', 'kr', 'USD', 'KWD', 'JPY', 'ALL', 'Feb', 'февраля', 'févr.', 'de', 'г.', 'Mär', 'days', 'дн.', 'ч', 'h',
  'Tage', '10:32', 'pm', 'GMT+3', 'Z', 'T', '+03:00', 'Delivered', 'Отправлен', 'не', 'Total:', '(', ')', 'é', '\u0301',
  '𝟙', 'İ', 'ß', '\uD800', '年', '月', '日',
];

// Date-shaped strings: day, month and year from pools of valid and invalid values, in any order.
const SHAPES = [
  ['0', '1', '12', '21', '29', '30', '31', '32', '29th'],
  ['02', '2', '13', 'Feb', 'февраля', 'févr.', 'Mär', 'de febrero de', 'lut'],
  ['2026', '2027', '2028', '1969', '2101', '26'],
];
const SEPARATORS = [' ', '.', '/', '-', ', ', '\u00A0', '. ', ''];
const TIMES = ['', ' 10:32', ' 25:00', ' 10:32 pm', ' 13:00 am', 'T12:00:00Z', 'T10:32:00+03:00', ' 10:32 GMT+3', ' 23:59:59.5', ' 02:30'];

function randomText(next: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  if (next() < 0.4) {
    const order = next() < 0.7 ? [0, 1, 2] : pick([[1, 0, 2], [2, 1, 0], [2, 0, 1]]);
    const sep = pick(SEPARATORS);
    return order.map((i) => pick(SHAPES[i] ?? [])).join(sep) + pick(TIMES);
  }
  const parts: string[] = [];
  const count = Math.floor(next() * 12);
  for (let i = 0; i < count; i++) {
    parts.push(next() < 0.8 ? pick(PIECES) : String.fromCodePoint(Math.floor(next() * 0x3000)));
  }
  return parts.join('');
}

describe('parsers on 2,000 random strings', () => {
  it('never throw, and return null or schema-valid values', () => {
    const next = prng(20260221);
    const readAt = new Date('2026-02-21T07:00:00Z');
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next);
      const context = `input #${i}: ${JSON.stringify(text)}`;

      for (const hint of [{}, { currency: 'JPY' }, { currency: 'KWD', locale: 'de-DE' }, { locale: 'xx-invalid-!!' }]) {
        const money = parseMoney(text, hint);
        if (money !== null) expect(moneySchema.safeParse(money).success, context).toBe(true);
      }

      // Without a zone only a printed offset ("GMT+3", "Z") can make an instant; else a day.
      const day = parseDate(text);
      if (day !== null) expect(pageDateSchema.safeParse(day).success, context).toBe(true);
      if (day !== null && day.length > 10) expect(/gmt|utc|z|[+-]\d\d:?\d\d/i.test(text), context).toBe(true);
      if (day !== null && day.length === 10) expect(calendarDateSchema.safeParse(day).success, context).toBe(true);
      const zoned = parseDate(text, { locale: 'en-US', timeZone: 'Europe/Moscow' });
      if (zoned !== null) expect(pageDateSchema.safeParse(zoned).success, context).toBe(true);

      const countdown = parseCountdown(text);
      if (countdown !== null) {
        expect(Number.isSafeInteger(countdown.ms) && countdown.ms >= 0, context).toBe(true);
        expect(normalizeText(text).includes(countdown.text), context).toBe(true);
        const reading = parseCountdownAt(text, readAt);
        expect(instantSchema.safeParse(reading?.endsAt).success, context).toBe(true);
      }

      expect(statusKindSchema.safeParse(normalizeStatus(text)).success, context).toBe(true);
    }
  });
});
