import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { fakeOrder, fakeReading } from '../../../tests/support/builders';
import { deadlineSchema } from '../../model/deadline';
import type { OrderReading, StatusKind } from '../../model/order';
import { computeDeadlines } from './compute-deadlines';

const now = new Date('2026-11-24T07:02:00Z');
const status = (kind: StatusKind) => ({ text: kind, kind });
const ebay = (o: Partial<OrderReading>) =>
  fakeReading({ marketplace: 'ebay', url: 'https://www.ebay.com/vod/FetchOrderDetails?orderId=1', status: status('delivered'), ...o });
const ids = (o: OrderReading, zone = 'Europe/Berlin', extra = {}) =>
  computeDeadlines({ order: o, now, timeZone: zone, ...extra }).map((d) => d.id);
const due = (o: OrderReading, id: string, zone = 'Europe/Berlin') =>
  computeDeadlines({ order: o, now, timeZone: zone }).find((d) => d.id === id)?.dueAt;

describe('computeDeadlines: calendar arithmetic in the user zone', () => {
  it('counts over month ends and leap years (Jan 31 + 30 days)', () => {
    expect(due(ebay({ dates: { delivered: '2026-01-31' } }), 'ebay-money-back-request')).toBe('2026-03-02T23:59:59.999+01:00');
    expect(due(ebay({ dates: { delivered: '2028-01-31' } }), 'ebay-money-back-request')).toBe('2028-03-01T23:59:59.999+01:00');
    expect(due(ebay({ dates: { delivered: '2028-02-29' } }), 'ebay-money-back-request')).toBe('2028-03-30T23:59:59.999+02:00');
  });

  it.each([
    ['Europe/Berlin', '2026-02-27', '2026-03-29T23:59:59.999+02:00'],
    ['Europe/Berlin', '2026-09-25', '2026-10-25T23:59:59.999+01:00'],
    ['America/New_York', '2026-02-06', '2026-03-08T23:59:59.999-04:00'],
    ['America/New_York', '2026-10-02', '2026-11-01T23:59:59.999-05:00'],
  ])('in %s, delivered %s + 30 days ends 23:59:59.999 local on the DST day', (zone, delivered, expected) => {
    const at = due(ebay({ dates: { delivered } }), 'ebay-money-back-request', zone)!;
    expect(at).toBe(expected);
    const local = new TZDate(Date.parse(at), zone);
    expect([local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds()]).toEqual([23, 59, 59, 999]);
  });

  it('keeps the end of day local when the span crosses a DST change', () => {
    expect(due(ebay({ dates: { delivered: '2026-03-10' } }), 'ebay-money-back-request')).toBe('2026-04-09T23:59:59.999+02:00');
    expect(due(ebay({ dates: { delivered: '2026-10-10' } }), 'ebay-money-back-request', 'America/New_York')).toBe('2026-11-09T23:59:59.999-05:00');
  });

  it('places a calendar date in each zone far apart: same local day, different instants', () => {
    const order = ebay({ dates: { delivered: '2026-11-08' } });
    expect(due(order, 'ebay-money-back-request', 'Pacific/Auckland')).toBe('2026-12-08T23:59:59.999+13:00');
    expect(due(order, 'ebay-money-back-request', 'America/Los_Angeles')).toBe('2026-12-08T23:59:59.999-08:00');
    expect(due(order, 'ebay-money-back-request', 'Europe/Moscow')).toBe('2026-12-08T23:59:59.999+03:00');
  });

  it('counts an instant from the day it falls on in the user zone', () => {
    const order = ebay({ dates: { delivered: '2026-11-08T20:00:00Z' } });
    expect(due(order, 'ebay-money-back-request', 'Pacific/Auckland')).toBe('2026-12-09T23:59:59.999+13:00');
    expect(due(order, 'ebay-money-back-request', 'America/Los_Angeles')).toBe('2026-12-08T23:59:59.999-08:00');
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => computeDeadlines({ order: ebay({}), now, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('computeDeadlines: what applies', () => {
  const countdown = { text: 'Buyer protection: 5 days 03:14:55', readAt: '2026-11-24T07:02:00Z', endsAt: '2026-11-29T10:16:55Z' };

  it('lets the page countdown win over the AliExpress rule for the same clock, as an absolute time', () => {
    const order = fakeReading({ dates: { shipped: '2026-11-03' }, protection: countdown });
    const [first, ...rest] = computeDeadlines({ order, now, timeZone: 'Europe/Moscow' });
    expect(first).toEqual({
      id: 'page-protection-end',
      kind: 'protection-end',
      label: 'Buyer protection ends',
      dueAt: '2026-11-29T13:16:55.000+03:00',
      computedFrom: 'buyer protection countdown read on the page on 2026-11-24 10:02',
      confidence: 'page',
    });
    expect(rest.map((d) => d.id)).not.toContain('aliexpress-protection-estimate');
    expect(deadlineSchema.parse(first)).toEqual(first);
  });

  it('labels and explains each deadline in the language asked for, with the same dates', () => {
    const order = fakeReading({ dates: { shipped: '2026-11-03' }, protection: countdown });
    const english = computeDeadlines({ order, now, timeZone: 'Europe/Moscow' });
    const russian = computeDeadlines({ order, now, timeZone: 'Europe/Moscow', language: 'ru' });
    expect(russian[0]).toEqual({ ...english[0], label: 'Конец защиты покупателя', computedFrom: 'таймер защиты покупателя, прочитанный на странице 2026-11-24 10:02' });
    const ebay = fakeReading({ marketplace: 'ebay', url: 'https://order.ebay.com/ord/show?orderId=1', status: status('delivered'), dates: { delivered: '2026-11-08' } });
    expect(computeDeadlines({ order: ebay, now, timeZone: 'Europe/Berlin', language: 'ru' })).toEqual([
      expect.objectContaining({ id: 'ebay-money-back-request', label: 'Открыть запрос по гарантии возврата денег eBay', computedFrom: '30 дней после даты доставки 2026-11-08' }),
    ]);
    const printed = fakeReading({ dates: { shipped: '2026-11-03', protectionEnd: '2026-12-01' } });
    expect(computeDeadlines({ order: printed, now, timeZone: 'Europe/Moscow', language: 'ru' })[0]?.computedFrom).toBe('окончание защиты покупателя, указанное на странице (2026-12-01)');
  });

  it('uses a printed protection end date when there is no countdown, through the end of that day', () => {
    const order = fakeReading({ dates: { shipped: '2026-11-03', protectionEnd: '2026-12-01' } });
    expect(computeDeadlines({ order, now, timeZone: 'Europe/Moscow' })).toEqual([
      expect.objectContaining({ id: 'page-protection-end', dueAt: '2026-12-01T23:59:59.999+03:00', computedFrom: 'buyer protection end shown on the page (2026-12-01)' }),
    ]);
  });

  it('falls back to the rule estimate without any page clock', () => {
    expect(ids(fakeReading({ dates: { shipped: '2026-11-03' } }))).toEqual(['aliexpress-protection-estimate']);
  });

  it('ignores a stored countdown once receipt is confirmed, and counts 15 days from confirmation', () => {
    const order = fakeReading({ status: status('completed'), protection: countdown, dates: { shipped: '2026-11-03', completed: '2026-11-20' } });
    expect(ids(order)).toEqual(['aliexpress-dispute-after-receipt']);
  });

  it('lets the page return window win over the marketplace rule, but not over consumer law', () => {
    const order = fakeReading({
      marketplace: 'amazon',
      url: 'https://www.amazon.de/gp/your-account/order-details?orderID=1',
      status: status('delivered'),
      dates: { delivered: '2026-11-08', returnWindowEnd: '2027-01-31' },
    });
    expect(ids(order)).toEqual(['eu-withdrawal', 'page-return-window', 'eu-legal-guarantee']);
  });

  it.each(['cancelled', 'refunded'] as const)('gives a %s order no deadlines', (kind) => {
    expect(ids(ebay({ status: status(kind), dates: { delivered: '2026-11-08' } }), 'Europe/Berlin', { paymentMethod: 'paypal' })).toEqual([]);
  });

  it('gives an order the user resolved no deadlines', () => {
    const order = fakeOrder({ resolvedAt: '2026-11-20T10:00:00Z', dates: { shipped: '2026-11-03' }, protection: countdown });
    expect(computeDeadlines({ order, now, timeZone: 'Europe/Berlin', paymentMethod: 'card' })).toEqual([]);
  });

  it('gives a closed order no marketplace deadlines, but keeps payment and consumer-law clocks', () => {
    const ali = fakeReading({ status: status('closed'), dates: { paid: '2026-11-02', shipped: '2026-11-03', completed: '2026-11-20' } });
    expect(ids(ali, 'Europe/Berlin', { paymentMethod: 'paypal' })).toEqual(['paypal-dispute']);
    const ozon = fakeReading({ marketplace: 'ozon', url: 'https://www.ozon.ru/my/orderdetails/?order=1', status: status('closed'), dates: { delivered: '2026-11-08' } });
    expect(ids(ozon, 'Europe/Moscow')).toEqual(['ru-distance-return', 'ru-defect-claim']);
  });

  it('applies every rule whose date is known when the status is missing or unknown', () => {
    const dates = { shipped: '2026-11-03', completed: '2026-11-20' };
    expect(ids(fakeReading({ status: undefined, dates }))).toEqual(['aliexpress-dispute-after-receipt', 'aliexpress-protection-estimate']);
    expect(ids(fakeReading({ status: status('unknown'), dates }))).toEqual(['aliexpress-dispute-after-receipt', 'aliexpress-protection-estimate']);
  });

  it('leaves out a rule whose start date is missing or impossible, never guessing it', () => {
    expect(ids(ebay({ dates: { ordered: '2026-11-02' } }))).toEqual([]);
    expect(ids(ebay({ dates: { delivered: '2026-02-30' } }))).toEqual([]);
  });

  it('reads the payment method from the page text, and the explicit one wins', () => {
    const order = fakeReading({ dates: { paid: '2026-11-02' }, paymentMethod: 'PayPal (buyer@example.com)' });
    expect(ids(order)).toEqual(['paypal-dispute']);
    expect(ids(order, 'Europe/Berlin', { paymentMethod: 'card' })).toEqual(['card-chargeback']);
    expect(ids({ ...order, paymentMethod: 'Cash on delivery' })).toEqual([]);
  });

  it('gives no payment clock before the order is paid', () => {
    expect(ids(fakeReading({ status: status('awaiting-payment'), dates: { ordered: '2026-11-02' } }), 'Europe/Berlin', { paymentMethod: 'card' })).toEqual([]);
  });

  it('returns passed deadlines too, everything sorted by due time', () => {
    const order = fakeReading({
      marketplace: 'amazon',
      url: 'https://www.amazon.de/gp/your-account/order-details?orderID=1',
      status: status('delivered'),
      dates: { ordered: '2026-11-02', delivered: '2026-11-08', estimatedDelivery: { to: '2026-11-10' } },
    });
    const all = computeDeadlines({ order, now, timeZone: 'Europe/Berlin', paymentMethod: 'card' });
    expect(all.map((d) => d.id)).toEqual(['eu-withdrawal', 'amazon-return-window', 'amazon-a-to-z', 'card-chargeback', 'eu-legal-guarantee']);
    expect(all[0]!.dueAt < now.toISOString()).toBe(true);
    const times = all.map((d) => Date.parse(d.dueAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const d of all) expect(deadlineSchema.parse(d)).toEqual(d);
  });

  it('does not depend on now: passed and open alike', () => {
    const order = ebay({ dates: { delivered: '2026-11-08' } });
    const later = computeDeadlines({ order, now: new Date('2030-01-01T00:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(later).toEqual(computeDeadlines({ order, now, timeZone: 'Europe/Berlin' }));
  });
});
