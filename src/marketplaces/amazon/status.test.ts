import { describe, expect, it } from 'vitest';
import type { StatusKind } from '../../model/order';
import { orderStatus, toStatus } from './status';

describe('toStatus', () => {
  it.each<[string, StatusKind]>([
    ['Delivered November 5', 'delivered'], // order-detail-en, order-list-en
    ['Zugestellt: 6. November', 'delivered'], // order-detail-de
    ['Arriving November 26', 'shipped'], // order-list-en
    ['Now arriving tomorrow by 10 PM', 'shipped'],
    ['Zustellung: 27. November', 'shipped'], // order-list-de
    ['Shipped', 'shipped'],
    ['Cancelled', 'cancelled'],
    ['Return window closed on November 14, 2026', 'closed'],
    ['Something new', 'unknown'],
  ])('"%s" is %s', (text, kind) => {
    expect(toStatus(text)).toEqual({ text, kind });
  });

  it('no words, no status', () => {
    expect(toStatus('  ')).toBeUndefined();
    expect(toStatus(undefined)).toBeUndefined();
  });
});

describe('orderStatus', () => {
  const delivered = { text: 'Delivered November 5', kind: 'delivered' as const };
  const arriving = { text: 'Arriving November 26', kind: 'shipped' as const };
  const cancelled = { text: 'Cancelled', kind: 'cancelled' as const };

  it('one shipment: its status', () => {
    expect(orderStatus([delivered])).toBe(delivered);
  });
  it('the least advanced shipment: the order is not all there yet', () => {
    expect(orderStatus([delivered, arriving])).toBe(arriving);
  });
  it('statuses off the delivery scale that differ: none', () => {
    expect(orderStatus([delivered, cancelled])).toBeUndefined();
  });
  it('no shipments, or none with words: none', () => {
    expect(orderStatus([])).toBeUndefined();
    expect(orderStatus([undefined])).toBeUndefined();
  });
});
