import { describe, expect, it } from 'vitest';
import { findOrders } from './find-orders';
import { schemaStatus } from './order-status';
import { schemaDate, schemaMoney, webUrl } from './schema-values';

// Pure functions over parsed JSON-LD values; the page-level shapes are proven on the fixtures in
// structured.test.ts. The inputs here are schema.org value forms, not shop pages.
const base = new URL('https://shop.example/orders/1');

describe('schemaMoney', () => {
  it.each([
    ['539.00', 'USD', { minor: 53900, currency: 'USD' }],
    [29.99, 'usd', { minor: 2999, currency: 'USD' }],
    ['0.97', 'USD', { minor: 97, currency: 'USD' }],
    ['1.250', 'KWD', { minor: 1250, currency: 'KWD' }],
    ['1234', 'JPY', { minor: 1234, currency: 'JPY' }],
    ['1.250', 'USD', { minor: 125, currency: 'USD' }],
    ['$539.00', 'USD', { minor: 53900, currency: 'USD' }],
    ['539,00', 'EUR', { minor: 53900, currency: 'EUR' }],
  ])('%s %s → %o', (price, currency, money) => {
    expect(schemaMoney(price, currency)).toEqual(money);
  });

  it.each<[string, string | undefined, string]>([
    ['12.345', 'USD', 'more decimals than the currency has'],
    ['12.50', 'JPY', 'yen have no minor unit'],
    ['29.99', undefined, 'no currency'],
    ['29.99', 'dollars', 'not an ISO code'],
    ['$29.99', 'EUR', 'the printed symbol contradicts priceCurrency'],
    ['', 'USD', 'no price'],
    ['9'.repeat(30), 'USD', 'beyond exact integers'],
  ])('refuses %s %s (%s)', (price, currency) => {
    expect(schemaMoney(price, currency)).toBeUndefined();
  });
});

describe('schemaDate, webUrl, schemaStatus', () => {
  it('keeps an instant with its offset, a day as a day, and drops a time without a zone', () => {
    expect(schemaDate('2027-11-07T23:30:00-08:00')).toBe('2027-11-07T23:30:00-08:00');
    expect(schemaDate('2014-12-01')).toBe('2014-12-01');
    expect(schemaDate('2024-01-15T10:30:00')).toBe('2024-01-15');
    expect(schemaDate('not a date')).toBeUndefined();
  });

  it('accepts http(s) URLs only, relative ones resolved against the page', () => {
    expect(webUrl('/dp/B0EX', base)).toBe('https://shop.example/dp/B0EX');
    expect(webUrl({ '@type': 'ImageObject', url: 'https://img.example/a.jpg' }, base)).toBe('https://img.example/a.jpg');
    expect(webUrl('javascript:void(0)', base)).toBeUndefined();
    expect(webUrl('data:image/png;base64,AAAA', base)).toBeUndefined();
  });

  it('maps the OrderStatus enumeration in every spelling and reads free text with normalizeStatus', () => {
    expect(schemaStatus('http://schema.org/OrderInTransit')).toEqual({ text: 'OrderInTransit', kind: 'shipped' });
    expect(schemaStatus('https://schema.org/OrderDelivered')).toEqual({ text: 'OrderDelivered', kind: 'delivered' });
    expect(schemaStatus({ '@id': 'schema:OrderCancelled' })).toEqual({ text: 'OrderCancelled', kind: 'cancelled' });
    expect(schemaStatus('OrderPaymentDue')).toEqual({ text: 'OrderPaymentDue', kind: 'awaiting-payment' });
    expect(schemaStatus('OrderReturned')).toEqual({ text: 'OrderReturned', kind: 'unknown' });
    expect(schemaStatus('Versandt')).toEqual({ text: 'Versandt', kind: 'shipped' });
    expect(schemaStatus('constructor')).toEqual({ text: 'constructor', kind: 'unknown' });
  });
});

describe('findOrders', () => {
  it('ignores the Order that an OrderAction promises (a restaurant’s "order online" markup), and empty Orders', () => {
    const restaurant = {
      '@type': 'FoodEstablishment',
      potentialAction: { '@type': 'OrderAction', result: { '@type': 'Order', orderStatus: 'http://schema.org/OrderProcessing' } },
    };
    expect(findOrders([restaurant, { '@type': 'Order' }])).toEqual([]);
  });

  it('resolves @id references and yields each order once, with every delivery that points to it', () => {
    const order = { '@id': '#o', '@type': 'Order', orderNumber: 'A-1001' };
    const graph = {
      '@graph': [
        { '@type': 'ParcelDelivery', trackingNumber: '1Z1', partOfOrder: { '@id': '#o' } },
        order,
        { '@type': 'ParcelDelivery', trackingNumber: '1Z2', partOfOrder: { '@id': '#o' } },
      ],
    };
    const found = findOrders([graph]);
    expect(found).toHaveLength(1);
    expect(found[0]?.order).toBe(order);
    expect(found[0]?.deliveries.map((d) => d.trackingNumber)).toEqual(['1Z1', '1Z2']);
  });

  it('survives cycles, deep nesting and values of every JSON type', () => {
    const cyclic: Record<string, unknown> = { '@type': 'Order', orderNumber: 'C-1' };
    cyclic.self = cyclic;
    let deep: unknown = { '@type': 'Order', orderNumber: 'D-1' };
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    expect(() => findOrders([cyclic, deep, null, 1, 'x', true, [[[]]]])).not.toThrow();
    expect(findOrders([cyclic]).map((f) => f.order.orderNumber)).toEqual(['C-1']);
  });
});
