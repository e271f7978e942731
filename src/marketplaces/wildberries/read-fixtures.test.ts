// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { wildberries } from './index';

// Every Wildberries fixture, read as a careful human reads it (tests/fixtures/wildberries/*.expected.json).
// "Now" is the fixtures' capture date.
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here, not derived from the code under test. */
const STATUS_KINDS: Record<string, StatusKind> = {
  Выкуплен: 'delivered',
};

readFixturesValueByValue(wildberries, {
  statusKinds: STATUS_KINDS,
  check: (reading, _order, expected) => {
    expect(reading.dates).toEqual(expected.match.dates);
    expect(expected.unmodelled).toEqual([]);
    // The archive prints no count: each card is one purchased position (README), so one.
    for (const item of reading.items) expect(item.quantity).toBe(1);
  },
});
