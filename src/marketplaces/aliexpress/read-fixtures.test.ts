// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { aliexpress } from './index';

// Every AliExpress fixture, read as a careful human reads it (tests/fixtures/aliexpress/*.expected.json).
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here, not derived from the code under test. */
const STATUS_KINDS: Record<string, StatusKind> = {
  Completed: 'completed',
  Terminée: 'completed',
  'Awaiting Receipt': 'shipped',
  'Awaiting delivery': 'shipped',
  Closed: 'closed',
  Finished: 'completed',
  'Awaiting shipment': 'processing',
};

readFixturesValueByValue(aliexpress, {
  statusKinds: STATUS_KINDS,
  check: (_reading, _order, expected) => {
    // Only the legacy snapshot link has no place in the model (reported to the model's owner).
    for (const path of expected.unmodelled) expect(path).toMatch(/^items\[\d+\]\.snapshotUrl$/);
  },
});
