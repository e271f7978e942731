import { describe, expect, it } from 'vitest';
import { returnWindowEnd, shipmentFacts } from './shipments';

describe('shipmentFacts', () => {
  it('one delivered shipment: status, and the day it was delivered (order-detail-en)', () => {
    expect(shipmentFacts(['Delivered November 5'], '2026-11-02')).toEqual({
      status: { text: 'Delivered November 5', kind: 'delivered' },
      dates: { delivered: '2026-11-05' },
    });
  });

  it('one shipment on its way: the estimate (order-list-en)', () => {
    expect(shipmentFacts(['Arriving November 26'], '2026-11-20')).toEqual({
      status: { text: 'Arriving November 26', kind: 'shipped' },
      dates: { estimatedDelivery: { from: '2026-11-26', to: '2026-11-26' } },
    });
  });

  it('one delivered, one on its way: the order is shipped, due when the rest arrives, not yet delivered', () => {
    expect(shipmentFacts(['Delivered November 5', 'Arriving November 26 - November 28'], '2026-11-02')).toEqual({
      status: { text: 'Arriving November 26 - November 28', kind: 'shipped' },
      dates: { estimatedDelivery: { from: '2026-11-26', to: '2026-11-28' } },
    });
  });

  it('every shipment delivered: delivered on the last day', () => {
    expect(shipmentFacts(['Zugestellt: 6. November', 'Zugestellt: 9. November'], '2026-11-03').dates).toEqual({ delivered: '2026-11-09' });
  });

  it('a delivered shipment without a readable day: no delivery day for the order', () => {
    expect(shipmentFacts(['Delivered November 5', 'Delivered today'], '2026-11-02').dates).toEqual({});
  });

  it('no order date: no day without a printed year', () => {
    expect(shipmentFacts(['Delivered November 5'], undefined).dates).toEqual({});
  });

  it('no shipments: nothing', () => {
    expect(shipmentFacts([], '2026-11-02')).toEqual({ status: undefined, dates: {} });
  });
});

describe('returnWindowEnd', () => {
  it('the earliest of the items\' windows, from lines that speak of returns only', () => {
    expect(
      returnWindowEnd(
        ['Return or replace items: Eligible through December 5, 2026', 'Return or replace items: Eligible through January 30, 2027', 'Auto-delivered: December 1, 2026'],
        '2026-11-02',
      ),
    ).toBe('2026-12-05');
  });
  it('none printed: undefined', () => {
    expect(returnWindowEnd([undefined, 'Buy it again'], '2026-11-02')).toBeUndefined();
  });
});
