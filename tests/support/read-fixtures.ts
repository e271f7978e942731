import { describe, expect, it } from 'vitest';
import type { MarketplaceAdapter } from '../../src/marketplaces/adapter';
import { orderReadingSchema, type OrderReading, type StatusKind } from '../../src/model/order';
import { expectedPageSchema, expectedToReading, type ExpectedOrder } from './expected-order';
import { listFixtures, loadFixture, readExpected } from './load-fixture';

/** The fixtures' capture date: "now" for every reading (yearless dates take its year). */
export const FIXTURE_NOW = new Date('2026-11-24T10:00:00Z');

export interface ValueByValueOptions {
  /** The kind each printed status must map to: fixed by the test, not derived from the code under test. */
  statusKinds: Record<string, StatusKind>;
  /** What this marketplace's readings must also hold (its unmodelled paths, its dates, its counts). */
  check: (reading: OrderReading, order: ExpectedOrder, expected: ReturnType<typeof expectedToReading>) => void;
}

/**
 * Every fixture of one marketplace, read as a careful human reads it (tests/fixtures/<id>/*.expected.json):
 * the page kind, then every field the expected file names, the rest named missing and left out.
 * Call it at the top level of a `// @vitest-environment happy-dom` test file.
 */
export function readFixturesValueByValue(adapter: MarketplaceAdapter, { statusKinds, check }: ValueByValueOptions): void {
  function checkReading(reading: OrderReading, order: ExpectedOrder, pageUrl: string) {
    const expected = expectedToReading(order);
    expect(orderReadingSchema.parse(reading)).toEqual(reading); // valid, and nothing outside the model
    expect(reading).toMatchObject({ marketplace: adapter.id, source: 'page', readAt: FIXTURE_NOW.toISOString(), url: order.detailUrl ?? pageUrl });
    expect(reading).toMatchObject(expected.match);
    expect(reading.items).toHaveLength(order.items?.length ?? 0);
    expect(reading.missing).toEqual(expected.missing);
    for (const key of expected.absent) expect(reading[key as keyof OrderReading], `${key} is not on the page`).toBeUndefined();
    expected.absentItemFields.forEach((keys, i) => {
      for (const key of keys) expect(reading.items[i]?.[key as 'variant'], `items[${i}].${key} is not on the page`).toBeUndefined();
    });
    if (order.tracking === undefined) expect(reading.tracking).toEqual([]);
    if (typeof order.status === 'string') expect(reading.status?.kind).toBe(statusKinds[order.status]);
    check(reading, order, expected);
  }

  describe.each(listFixtures(adapter.id))('%s', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const url = new URL(expected.url);
    const ctx = { url, now: FIXTURE_NOW };

    it(`is a ${expected.pageKind} page`, () => {
      expect(adapter.matches(url)).toBe(true);
      expect(adapter.pageKind(url, loadFixture(path))).toBe(expected.pageKind);
    });

    const { order, orders } = expected;
    if (order) {
      it('reads every field the expected file names, and names the rest missing', () => {
        checkReading(adapter.readOrder(loadFixture(path), ctx), order, expected.url);
      });
    }
    if (orders) {
      it(`reads ${orders.length} cards, each with every field the expected file names`, () => {
        const readings = adapter.readOrderList(loadFixture(path), ctx);
        expect(readings).toHaveLength(orders.length);
        orders.forEach((card, i) => checkReading(readings[i]!, card, expected.url));
      });
    }
  });
}
