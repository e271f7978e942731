// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectedPageSchema, expectedToReading, type ExpectedOrder } from '../../../tests/support/expected-order';
import { listFixtures, loadFixture, readExpected } from '../../../tests/support/load-fixture';
import { orderReadingSchema, type OrderReading, type StatusKind } from '../../model/order';
import { temu } from './index';

// Every Temu fixture, read as a careful human reads it (tests/fixtures/temu/*.expected.json).
// "Now" is the fixtures' capture date.
const NOW = new Date('2026-11-24T10:00:00Z');
const FIXTURES = listFixtures('temu');

/** The kind each printed status must map to: fixed here. No Temu fixture prints a status (README). */
const STATUS_KINDS: Record<string, StatusKind> = {};

function checkReading(reading: OrderReading, order: ExpectedOrder, pageUrl: string) {
  const expected = expectedToReading(order);
  expect(orderReadingSchema.parse(reading)).toEqual(reading); // valid, and nothing outside the model
  expect(reading).toMatchObject({ marketplace: 'temu', source: 'page', readAt: NOW.toISOString(), url: order.detailUrl ?? pageUrl });
  expect(reading).toMatchObject(expected.match);
  expect(reading.dates).toEqual(expected.match.dates);
  expect(reading.items).toHaveLength(order.items?.length ?? 0);
  expect(reading.missing).toEqual(expected.missing);
  for (const key of expected.absent) expect(reading[key as keyof OrderReading], `${key} is not on the page`).toBeUndefined();
  expected.absentItemFields.forEach((keys, i) => {
    for (const key of keys) expect(reading.items[i]?.[key as 'variant'], `items[${i}].${key} is not on the page`).toBeUndefined();
  });
  if (order.tracking === undefined) expect(reading.tracking).toEqual([]);
  if (typeof order.status === 'string') expect(reading.status?.kind).toBe(STATUS_KINDS[order.status]);
  expect(expected.unmodelled).toEqual([]);
  // The page prints no count (README): the model's required one is 1.
  for (const item of reading.items) expect(item.quantity).toBe(1);
}

describe.each(FIXTURES)('%s', (path) => {
  const expected = expectedPageSchema.parse(readExpected(path));
  const url = new URL(expected.url);
  const ctx = { url, now: NOW };

  it(`is a ${expected.pageKind} page`, () => {
    expect(temu.matches(url)).toBe(true);
    expect(temu.pageKind(url, loadFixture(path))).toBe(expected.pageKind);
  });

  const { order, orders } = expected;
  if (order) {
    it('reads every field the expected file names, and names the rest missing', () => {
      checkReading(temu.readOrder(loadFixture(path), ctx), order, expected.url);
    });
  }
  if (orders) {
    it(`reads ${orders.length} cards, each with every field the expected file names`, () => {
      const readings = temu.readOrderList(loadFixture(path), ctx);
      expect(readings).toHaveLength(orders.length);
      orders.forEach((card, i) => checkReading(readings[i]!, card, expected.url));
    });
  }
});
