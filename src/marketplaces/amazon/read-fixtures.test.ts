// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { amazon } from './index';

// Every Amazon fixture, read as a careful human reads it (tests/fixtures/amazon/*.expected.json).
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here, not derived from the code under test. */
const STATUS_KINDS: Record<string, StatusKind> = {
  'Delivered November 5': 'delivered',
  'Delivered October 15': 'delivered',
  'Arriving November 26': 'shipped',
  'Zugestellt: 6. November': 'delivered',
  'Zugestellt: 19. November': 'delivered',
  'Zugestellt: 9. Oktober': 'delivered',
  'Zustellung: 27. November': 'shipped',
};

readFixturesValueByValue(amazon, {
  statusKinds: STATUS_KINDS,
  check: (reading, _order, expected) => {
    // Every date the page shows is read, and no other: the dates object holds exactly the expected keys.
    expect(Object.keys(reading.dates).sort()).toEqual(Object.keys(expected.match.dates as object).sort());
    // The return window's wording has no place in the model; its date is dates.returnWindowEnd.
    for (const path of expected.unmodelled) expect(path).toBe('returnWindow.text');
  },
});
