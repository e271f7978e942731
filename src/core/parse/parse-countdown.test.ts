import { describe, expect, it } from 'vitest';
import { instantSchema } from '../../model/time';
import { countdownEnd, parseCountdown, parseCountdownAt } from './parse-countdown';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseCountdown', () => {
  it.each([
    ['12 days 03:14:55', 12 * D + 3 * H + 14 * M + 55 * S, '12 days 03:14:55'],
    ['Buyer protection: 12 days 03:14:55', 12 * D + 3 * H + 14 * M + 55 * S, '12 days 03:14:55'],
    ['12 days 3 hours', 12 * D + 3 * H, '12 days 3 hours'],
    ['12 days, 3 hours and 5 minutes', 12 * D + 3 * H + 5 * M, '12 days, 3 hours and 5 minutes'],
    ['1 day 2 hrs', D + 2 * H, '1 day 2 hrs'],
    ['12d 03h 14m', 12 * D + 3 * H + 14 * M, '12d 03h 14m'],
    ['12d:03h:14m:55s', 12 * D + 3 * H + 14 * M + 55 * S, '12d:03h:14m:55s'],
    ['Confirm receipt within 12 days', 12 * D, '12 days'],
    ['12 дн. 3 ч.', 12 * D + 3 * H, '12 дн. 3 ч.'],
    ['12 дней 3 часа 14 минут', 12 * D + 3 * H + 14 * M, '12 дней 3 часа 14 минут'],
    ['Защита покупателя: осталось 12 дн.', 12 * D, '12 дн.'],
    ['Подтвердите получение в течение 12 дн.', 12 * D, '12 дн.'],
    ['Осталось 1 день 2 часа', D + 2 * H, '1 день 2 часа'],
    ['12 дн. 03:14:55', 12 * D + 3 * H + 14 * M + 55 * S, '12 дн. 03:14:55'],
    ['3 Tage 4 Stunden', 3 * D + 4 * H, '3 Tage 4 Stunden'],
    ['noch 3 Tage und 4 Std.', 3 * D + 4 * H, '3 Tage und 4 Std.'],
    ['12 días', 12 * D, '12 días'],
    ['12 dias 5 horas', 12 * D + 5 * H, '12 dias 5 horas'],
    ['12 jours', 12 * D, '12 jours'],
    ['12 j 4 h', 12 * D + 4 * H, '12 j 4 h'],
    ['2 weeks 3 days', 2 * 7 * D + 3 * D, '2 weeks 3 days'],
    ['12 dni', 12 * D, '12 dni'],
    ['12 gün', 12 * D, '12 gün'],
    ['03:14:55', 3 * H + 14 * M + 55 * S, '03:14:55'],
    ['Ends in 72:00:00', 72 * H, '72:00:00'],
    ['12 days 03:14', 12 * D + 3 * H + 14 * M, '12 days 03:14'],
    ['12\u00A0days\u00A003:14:55', 12 * D + 3 * H + 14 * M + 55 * S, '12 days 03:14:55'],
    ['0 days 00:00:00', 0, '0 days 00:00:00'],
  ])('%s', (text, ms, printed) => {
    expect(parseCountdown(text)).toEqual({ ms, text: printed });
  });

  it('returns null for what is not a countdown', () => {
    expect(parseCountdown('')).toBeNull();
    expect(parseCountdown('14:55')).toBeNull();
    expect(parseCountdown('Feb 21, 2026')).toBeNull();
    expect(parseCountdown('1.5 days')).toBeNull();
    expect(parseCountdown('3 months')).toBeNull();
    expect(parseCountdown('03:75:00')).toBeNull();
    expect(parseCountdown('Order 12345')).toBeNull();
  });

  it('does not read a time of day as a countdown', () => {
    expect(parseCountdown('21.02.2026 10:32:55')).toBeNull();
    expect(parseCountdown('Feb 21, 2026, 10:32:55')).toBeNull();
    expect(parseCountdown('2026-02-21T10:32:55Z')).toBeNull();
    expect(parseCountdown('10:32:55 PM')).toBeNull();
    expect(parseCountdown('10:32:55+03:00')).toBeNull();
  });

  it('requires units largest first, each once', () => {
    expect(parseCountdown('3 hours 12 days')).toEqual({ ms: 3 * H, text: '3 hours' });
    expect(parseCountdown('3 days 4 days')).toEqual({ ms: 3 * D, text: '3 days' });
  });

  it('ignores a clock that cannot follow the units read', () => {
    expect(parseCountdown('12 days 25:00:00')).toEqual({ ms: 12 * D, text: '12 days' });
    expect(parseCountdown('3 hours 10:00:00')).toEqual({ ms: 3 * H, text: '3 hours' });
  });
});

describe('countdownEnd', () => {
  it('adds the countdown to the moment it was read', () => {
    expect(countdownEnd(12 * D + 3 * H, new Date('2026-02-21T10:00:00+03:00'))).toBe('2026-03-05T10:00:00.000Z');
  });

  it('throws on an invalid readAt, a caller bug', () => {
    expect(() => countdownEnd(1000, new Date('nope'))).toThrow(RangeError);
  });
});

describe('parseCountdownAt', () => {
  it('keeps the whole page text as proof, with readAt and endsAt', () => {
    const reading = parseCountdownAt('Buyer protection:\u00A012 days 03:14:55', new Date('2026-02-21T07:00:00Z'));
    expect(reading).toEqual({
      text: 'Buyer protection: 12 days 03:14:55',
      readAt: '2026-02-21T07:00:00.000Z',
      endsAt: '2026-03-05T10:14:55.000Z',
    });
    expect(instantSchema.safeParse(reading?.endsAt).success).toBe(true);
  });

  it('returns null without a countdown or with an invalid readAt', () => {
    expect(parseCountdownAt('Delivered', new Date())).toBeNull();
    expect(parseCountdownAt('12 days', new Date('nope'))).toBeNull();
  });
});
