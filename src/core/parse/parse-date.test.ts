import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['Feb 21, 2026'],
    ['Feb. 21, 2026'],
    ['February 21, 2026'],
    ['February 21st, 2026'],
    ['Sat, Feb 21, 2026'],
    ['21 Feb 2026'],
    ['21 February 2026'],
    ['Order date: Feb 21, 2026'],
    ['Order date:Feb 21, 2026'],
    ['21 февр. 2026'],
    ['21 фев 2026'],
    ['21 февраля 2026'],
    ['21 февраля 2026 г.'],
    ['Дата заказа: 21 февраля 2026 г.'],
    ['21.02.2026'],
    ['2026-02-21'],
    ['2026/02/21'],
    ['02/21/2026'],
    ['21/02/2026'],
    ['21-02-2026'],
    ['21. Februar 2026'],
    ['21. Feb. 2026'],
    ['21 févr. 2026'],
    ['21 février 2026'],
    ['Le 21 FÉVRIER 2026'],
    ['21 feb 2026'],
    ['21 de febrero de 2026'],
    ['21 lut 2026'],
    ['21 lutego 2026'],
    ['21 fevral 2026'],
    ['2026年2月21日'],
    ['2026년 2월 21일'],
    ['21\u00A0Feb\u00A02026'],
  ])('%s → 2026-02-21', (text) => {
    expect(parseDate(text)).toBe('2026-02-21');
  });

  it.each([
    ['3 März 2026', '2026-03-03'],
    ['1 mai 2026', '2026-05-01'],
    ['1 мая 2026', '2026-05-01'],
    ['15 août 2026', '2026-08-15'],
    ['5 Sept 2026', '2026-09-05'],
    ['5 sep 2026', '2026-09-05'],
    ['5 de septiembre de 2026', '2026-09-05'],
    ['12 grudnia 2026', '2026-12-12'],
    ['7. Dez. 2026', '2026-12-07'],
    ['Dec 1, 2026', '2026-12-01'],
  ])('%s → %s', (text, day) => {
    expect(parseDate(text)).toBe(day);
  });

  it('decides slashed dates by the numbers first, then by the locale', () => {
    expect(parseDate('02/21/2026')).toBe('2026-02-21');
    expect(parseDate('21/02/2026', { locale: 'en-US' })).toBe('2026-02-21');
    expect(parseDate('03/04/2026')).toBeNull();
    expect(parseDate('03/04/2026', { locale: 'en-US' })).toBe('2026-03-04');
    expect(parseDate('03/04/2026', { locale: 'en-GB' })).toBe('2026-04-03');
    expect(parseDate('03/04/2026', { locale: 'fr-FR' })).toBe('2026-04-03');
    expect(parseDate('03/04/2026', { locale: 'es' })).toBe('2026-04-03');
    expect(parseDate('03/04/2026', { locale: 'ja-JP' })).toBeNull();
    expect(parseDate('03/04/2026', { locale: 'not a locale' })).toBeNull();
    expect(parseDate('03/03/2026')).toBe('2026-03-03');
    expect(parseDate('13/14/2026')).toBeNull();
  });

  it('validates that the day exists', () => {
    expect(parseDate('29 Feb 2028')).toBe('2028-02-29');
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDate('29 Feb 2027')).toBeNull();
    expect(parseDate('Feb 30, 2026')).toBeNull();
    expect(parseDate('31.04.2026')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('00.01.2026')).toBeNull();
    expect(parseDate('2100-02-29')).toBeNull();
  });

  it('refuses years that are not order years', () => {
    expect(parseDate('21.02.1969')).toBeNull();
    expect(parseDate('21.02.2101')).toBeNull();
  });

  it('returns null when there is no date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('Feb 2026')).toBeNull();
    expect(parseDate('21 Foo 2026')).toBeNull();
    expect(parseDate('21.02.26')).toBeNull();
    expect(parseDate('Order 123456789')).toBeNull();
    expect(parseDate('summar 21, 2026')).toBeNull();
  });

  it('keeps only the day when a time is printed without a zone', () => {
    expect(parseDate('Feb 21, 2026 10:32')).toBe('2026-02-21');
    expect(parseDate('21.02.2026 10:32')).toBe('2026-02-21');
  });

  it('returns an instant when a time is printed and the zone is known', () => {
    const msk = { timeZone: 'Europe/Moscow' };
    expect(parseDate('Feb 21, 2026 10:32', msk)).toBe('2026-02-21T10:32:00+03:00');
    expect(parseDate('21.02.2026 10:32', msk)).toBe('2026-02-21T10:32:00+03:00');
    expect(parseDate('21.02.2026, 10:32:05', msk)).toBe('2026-02-21T10:32:05+03:00');
    expect(parseDate('21 февраля 2026 г., 10:32', msk)).toBe('2026-02-21T10:32:00+03:00');
    expect(parseDate('21 февраля 2026 г. в 10:32', msk)).toBe('2026-02-21T10:32:00+03:00');
    expect(parseDate('Feb 21, 2026 at 10:32 PM', { timeZone: 'America/New_York' })).toBe('2026-02-21T22:32:00-05:00');
    expect(parseDate('Feb 21, 2026 12:05 am', { timeZone: 'UTC' })).toBe('2026-02-21T00:05:00+00:00');
    expect(parseDate('21 Jul 2026 10:00', { timeZone: 'Europe/Berlin' })).toBe('2026-07-21T10:00:00+02:00');
  });

  it('moves a wall time in a DST gap forward, as the zone does', () => {
    expect(parseDate('Mar 8, 2026 02:30', { timeZone: 'America/New_York' })).toBe('2026-03-08T03:30:00-04:00');
  });

  it('prefers an offset printed in the text over opts.timeZone', () => {
    expect(parseDate('2026-02-21T10:32:00Z', { timeZone: 'Europe/Moscow' })).toBe('2026-02-21T10:32:00+00:00');
    expect(parseDate('2026-02-21T10:32:00+0530')).toBe('2026-02-21T10:32:00+05:30');
    expect(parseDate('2026-02-21 10:32:00.123-03:00')).toBe('2026-02-21T10:32:00-03:00');
    expect(parseDate('Feb 21, 2026 10:32 GMT+3')).toBe('2026-02-21T10:32:00+03:00');
    expect(parseDate('21.02.2026 10:32 (UTC+08:00)')).toBe('2026-02-21T10:32:00+08:00');
  });

  it('keeps the day when the time or the zone is not real', () => {
    const msk = { timeZone: 'Europe/Moscow' };
    expect(parseDate('21.02.2026 25:00', msk)).toBe('2026-02-21');
    expect(parseDate('21.02.2026 10:75', msk)).toBe('2026-02-21');
    expect(parseDate('Feb 21, 2026 13:00 PM', msk)).toBe('2026-02-21');
    expect(parseDate('21.02.2026 10:32', { timeZone: 'Mars/Olympus' })).toBe('2026-02-21');
    expect(parseDate('2026-02-21T10:32:00+15:00')).toBe('2026-02-21');
  });

  it('takes the first date when the text holds several', () => {
    expect(parseDate('Mar 3, 2026 – 21.02.2026')).toBe('2026-03-03');
    expect(parseDate('21.02.2026 – Mar 3, 2026')).toBe('2026-02-21');
  });
});
