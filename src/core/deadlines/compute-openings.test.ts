import { describe, expect, it } from 'vitest';
import { fakeOrder, fakeReading } from '../../../tests/support/builders';
import { computeOpenings } from './compute-openings';

const now = new Date('2026-11-24T07:02:00Z');

describe('computeOpenings', () => {
  it('marks the first moment of the day a step becomes possible, soonest first', () => {
    const order = fakeReading({ status: { text: 'Dispute', kind: 'disputed' }, dates: { shipped: '2026-11-03' } });
    const openings = computeOpenings({ order, now, timeZone: 'Pacific/Auckland', disputeOpenedAt: '2026-11-20' });
    expect(openings.map((o) => [o.id, o.opensAt])).toEqual([['aliexpress-escalate-opens', '2026-11-23T00:00:00.000+13:00']]);
  });

  it('opens an AliExpress dispute 5 days after shipment, in the user zone', () => {
    const order = fakeReading({ dates: { shipped: '2026-11-03' } });
    expect(computeOpenings({ order, now, timeZone: 'America/Los_Angeles' })).toEqual([
      expect.objectContaining({ id: 'aliexpress-dispute-opens', opensAt: '2026-11-08T00:00:00.000-08:00', confidence: 'documented' }),
    ]);
  });

  it('gives a settled order none, and never returns closing deadlines', () => {
    const order = fakeOrder({ resolvedAt: '2026-11-20T10:00:00Z', dates: { shipped: '2026-11-03' } });
    expect(computeOpenings({ order, now, timeZone: 'Europe/Berlin' })).toEqual([]);
    const amazon = fakeReading({ marketplace: 'amazon', status: { text: 'Shipped', kind: 'shipped' }, dates: { estimatedDelivery: { to: '2026-11-10' } } });
    expect(computeOpenings({ order: amazon, now, timeZone: 'Europe/Berlin' }).map((o) => o.id)).toEqual(['amazon-a-to-z-opens']);
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => computeOpenings({ order: fakeReading(), now, timeZone: 'Nowhere/Else' })).toThrow(RangeError);
  });
});
