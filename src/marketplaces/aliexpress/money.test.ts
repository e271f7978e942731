import { describe, expect, it } from 'vitest';
import { agree, readMoney, sameMoney } from './money';

describe('readMoney', () => {
  it.each([
    ['US $12.99', { minor: 1299, currency: 'USD' }],
    ['14,89\u00a0€', { minor: 1489, currency: 'EUR' }],
    ['1\u00a0234,56 ₽', { minor: 123456, currency: 'RUB' }],
    ['Total:US $6.38', { minor: 638, currency: 'USD' }],
    ['x2', undefined],
  ])('%j → %j', (text, money) => expect(readMoney(text, undefined)).toEqual(money));

  it('reads "Бесплатно" as zero only in a currency the page shows elsewhere', () => {
    expect(readMoney('Бесплатно', 'ru', 'RUB')).toEqual({ minor: 0, currency: 'RUB' });
    expect(readMoney('Бесплатно', 'ru')).toBeUndefined();
  });
});

describe('agree', () => {
  const usd = (minor: number) => ({ minor, currency: 'USD' });
  it('returns the value all witnesses share, ignoring the silent ones', () => {
    expect(agree([usd(1877), undefined, usd(1877)], sameMoney)).toEqual(usd(1877));
  });
  it('returns nothing when two witnesses disagree, or none spoke', () => {
    expect(agree([usd(1877), usd(377)], sameMoney)).toBeUndefined();
    expect(agree([undefined, undefined])).toBeUndefined();
  });
});
