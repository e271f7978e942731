// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { aliexpress } from './index';

const NOW = new Date('2026-11-24T10:00:00Z');
const DETAIL = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382');
const ITEM = new URL('https://www.aliexpress.com/item/1005008123456789.html');
const LIST = new URL('https://www.aliexpress.com/p/order/index.html');

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(aliexpress.readOrder(doc, { url, now: NOW }));
  const orders = aliexpress.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['text only', 'Order ID: 3052219904417382'],
    ['half a tag', '<div class="order-item"><span class="order-item-header'],
  ])('%s: no throw, and only what it really says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), ITEM);
    expect(order.total).toBeUndefined();
    expect(order.items).toEqual([]);
    expect(orders.every((o) => o.total === undefined)).toBe(true);
  });

  it('an empty document at a detail URL still has the order number from the URL, and names the rest missing', () => {
    const { order } = readBoth(parseHtml(''), DETAIL);
    expect(order.orderId).toBe('3052219904417382');
    expect(order.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
  });

  it('the product page (not-an-order) yields no order number, total, seller or items, though it prints a price and a 16-digit id', () => {
    const { order, orders } = readBoth(loadFixture('aliexpress/not-an-order.html'), ITEM);
    expect(order).toMatchObject({ items: [], tracking: [], dates: {} });
    for (const key of ['orderId', 'total', 'subtotal', 'shipping', 'seller', 'status'] as const) expect(order[key]).toBeUndefined();
    expect(orders).toEqual([]);
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['aliexpress', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as AliExpress: no throw, schema-valid, no order number", (path) => {
    const doc = loadFixture(path);
    for (const url of [ITEM, LIST]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(orders.every((o) => o.orderId === undefined)).toBe(true);
    }
  });
});

describe('readPage with the AliExpress adapter', () => {
  it.each(listFixtures('aliexpress'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(aliexpress, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.order?.orderId).toBe(expected.order?.orderId);
    expect(reading.orders?.map((o) => o.orderId)).toEqual(expected.orders?.map((o) => o.orderId));
  });
});
