import { describe, expect, it } from 'vitest';
import { idFrom, idFromHref, quantityFrom } from './values';

describe('values', () => {
  it.each([
    ['113-1234567-1234567', '113-1234567-1234567'],
    ['Order # 302-1234567-7654321', '302-1234567-7654321'],
    ['D01-1234567-1234567', 'D01-1234567-1234567'],
    ['113-1234567-123456', undefined], // cut off
    ['1113-1234567-1234567', undefined],
    ['', undefined],
  ])('idFrom("%s") is %s', (text, id) => {
    expect(idFrom(text)).toBe(id);
  });

  it('idFromHref reads orderID, and only a well-formed one', () => {
    expect(idFromHref('https://www.amazon.com/your-orders/order-details?orderID=113-7654321-7654321&ref=x')).toBe('113-7654321-7654321');
    expect(idFromHref('https://www.amazon.com/your-orders/order-details?orderID=113-76543')).toBeUndefined();
    expect(idFromHref('not a url')).toBeUndefined();
    expect(idFromHref(undefined)).toBeUndefined();
  });

  it.each([
    ['2', 2],
    ['Qty: 3', 3],
    ['Menge: 2', 2],
    ['0', undefined],
    ['', undefined],
    ['2 of 3', undefined],
  ])('quantityFrom("%s") is %s', (text, n) => {
    expect(quantityFrom(text)).toBe(n);
  });
});
