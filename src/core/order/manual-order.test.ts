import { describe, expect, it } from 'vitest';
import { orderReadingSchema } from '../../model/order';
import { manualToReading, parseTypedAmount } from './manual-order';

describe('parseTypedAmount', () => {
  it.each([
    ['12', 'USD', 1200],
    ['12.34', 'USD', 1234],
    ['12,3', 'EUR', 1230],
    ['1 234,56', 'RUB', 123456],
    ['1500', 'JPY', 1500],
  ])('reads %s %s as %i minor units', (text, currency, minor) => {
    expect(parseTypedAmount(text, currency)).toEqual({ minor, currency });
  });

  it.each(['', 'abc', '12.345', '1.234.56', '-5'])('refuses %j rather than guess', (text) => {
    expect(parseTypedAmount(text, 'USD')).toBeNull();
  });
});

describe('manualToReading', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  it('keeps what the user typed and names what is still missing', () => {
    const reading = manualToReading({ orderId: ' 123-45 ', url: 'https://shop.example/o/1', totalText: '19.90', currency: 'EUR' }, 'generic', now);
    expect(orderReadingSchema.parse(reading)).toMatchObject({ orderId: '123-45', total: { minor: 1990, currency: 'EUR' }, source: 'manual' });
    expect(reading.missing).toEqual(['items', 'seller', 'status', 'orderDate']);
  });

  it('says clearly when the amount is not an amount', () => {
    expect(() => manualToReading({ orderId: '1', url: 'https://shop.example/', totalText: 'ten', currency: 'EUR' }, 'generic', now)).toThrow(/"ten" is not an amount/);
  });
});
