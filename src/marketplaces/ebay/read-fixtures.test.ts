// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { ebay } from './index';

// Every eBay fixture, read as a careful human reads it (tests/fixtures/ebay/*.expected.json).
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here, not derived from the code under test. */
const STATUS_KINDS: Record<string, StatusKind> = {
  'Delivered on Nov 9': 'delivered',
  Delivered: 'delivered',
  Shipped: 'shipped',
};

readFixturesValueByValue(ebay, {
  statusKinds: STATUS_KINDS,
  check: (reading, order, expected) => {
    if (order.estimatedDelivery === undefined) expect(reading.dates.estimatedDelivery).toBeUndefined();
    if (order.returnWindow === undefined) expect(reading.dates.returnWindowEnd).toBeUndefined();
    if (order.deliveredDate === undefined) expect(reading.dates.delivered).toBeUndefined();
    // Only the return window's words have no place in the model (its date is dates.returnWindowEnd).
    for (const path of expected.unmodelled) expect(path).toBe('returnWindow.text');
  },
});
