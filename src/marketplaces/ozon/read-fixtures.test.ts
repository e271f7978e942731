// @vitest-environment happy-dom
import { expect } from 'vitest';
import { readFixturesValueByValue } from '../../../tests/support/read-fixtures';
import type { StatusKind } from '../../model/order';
import { ozon } from './index';

// Every Ozon fixture, read as a careful human reads it (tests/fixtures/ozon/*.expected.json).
// "Now" is the fixtures' capture date: the yearless "12 ноября" is 2026 (README, "Year rule").
// The shared checks: tests/support/read-fixtures.ts; this marketplace's own are below.

/** The kind each printed status must map to: fixed here, not derived from the code under test. */
const STATUS_KINDS: Record<string, StatusKind> = {
  'Получен 16 ноября': 'delivered',
  'В пути': 'shipped',
};

readFixturesValueByValue(ozon, {
  statusKinds: STATUS_KINDS,
  check: (reading, _order, expected) => {
    expect(reading.dates).toEqual(expected.match.dates);
    expect(expected.unmodelled).toEqual([]);
  },
});
