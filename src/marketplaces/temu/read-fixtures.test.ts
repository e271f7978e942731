// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { temu } from './index';

// Every Temu fixture, read as a careful human reads it (tests/fixtures/temu/*.expected.json).
// "Now" is the fixtures' capture date.
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here. No Temu fixture prints a status (README). */
const STATUS_KINDS: Record<string, StatusKind> = {};

readFixturesValueByValue(temu, {
  statusKinds: STATUS_KINDS,
  check: (reading, _order, expected) => {
    expect(reading.dates).toEqual(expected.match.dates);
    expect(expected.unmodelled).toEqual([]);
    // The page prints no count (README): the model's required one is 1.
    for (const item of reading.items) expect(item.quantity).toBe(1);
  },
});
