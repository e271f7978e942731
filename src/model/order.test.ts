import { describe, expect, it } from 'vitest';
import { orderKey, orderReadingSchema, orderSchema } from './order';

const base = {
  marketplace: 'aliexpress',
  url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
  items: [],
  dates: {},
  tracking: [],
  readAt: '2026-11-24T10:02:00+03:00',
  missing: [],
  source: 'page',
} as const;

describe('order schema', () => {
  it('accepts a reading without an order number, but not a stored order', () => {
    expect(orderReadingSchema.safeParse(base).success).toBe(true);
    expect(orderSchema.safeParse({ ...base, key: 'x', tracked: true, updatedAt: base.readAt }).success).toBe(false);
  });

  it('refuses float money and dates without an offset', () => {
    const floatTotal = { ...base, total: { minor: 12.34, currency: 'USD' } };
    expect(orderReadingSchema.safeParse(floatTotal).success).toBe(false);
    expect(orderReadingSchema.safeParse({ ...base, readAt: '2026-11-24T10:02:00' }).success).toBe(false);
  });

  it('keys orders by marketplace and number', () => {
    expect(orderKey('aliexpress', '8181234567890123')).toBe('aliexpress:8181234567890123');
  });
});
