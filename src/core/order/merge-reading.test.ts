import { describe, expect, it } from 'vitest';
import { fakeReading } from '../../../tests/support/builders';
import { orderSchema } from '../../model/order';
import { mergeReading } from './merge-reading';
import { missingFields } from './missing-fields';

const now = new Date('2026-11-24T12:00:00Z');
const withId = (r: ReturnType<typeof fakeReading>) => ({ ...r, orderId: r.orderId ?? '1' });

describe('mergeReading', () => {
  it('makes a valid stored order from a first reading, tracked by default', () => {
    const order = mergeReading(null, withId(fakeReading()), now);
    expect(orderSchema.parse(order)).toMatchObject({ key: 'aliexpress:8181234567890123', tracked: true, updatedAt: now.toISOString() });
  });

  it('keeps what a poorer list-page reading lacks, and takes what it has', () => {
    const detail = mergeReading(null, withId(fakeReading({ tracking: [{ number: 'LP1', carrier: 'Cainiao' }] })), now);
    const listReading = fakeReading({ items: [], seller: undefined, status: { text: 'Completed', kind: 'completed' }, tracking: [] });
    const merged = mergeReading({ ...detail, tracked: false }, withId(listReading), now);
    expect(merged.items).toEqual(detail.items);
    expect(merged.seller).toEqual(detail.seller);
    expect(merged.status).toEqual({ text: 'Completed', kind: 'completed' });
    expect(merged.tracking).toEqual([{ number: 'LP1', carrier: 'Cainiao' }]);
    expect(merged.tracked).toBe(false);
  });

  it('recomputes missing from the merged facts, so a fact found later is no longer listed', () => {
    const first = mergeReading(null, withId(fakeReading({ seller: undefined, missing: ['seller'] })), now);
    expect(first.missing).toContain('seller');
    const second = mergeReading(first, withId(fakeReading({ missing: [] })), now);
    expect(second.missing).not.toContain('seller');
  });
});

describe('missingFields', () => {
  it('names every absent fact a complaint needs', () => {
    const empty = { ...fakeReading(), orderId: undefined, items: [], total: undefined, seller: undefined, status: undefined, dates: {} };
    expect(missingFields(empty)).toEqual(['orderId', 'items', 'total', 'seller', 'status', 'orderDate']);
    expect(missingFields(fakeReading())).toEqual([]);
  });
});
