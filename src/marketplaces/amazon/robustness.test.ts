// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected, readFixture } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { amazon } from './index';

const NOW = new Date('2026-11-24T10:00:00Z');
const DETAIL = new URL('https://www.amazon.com/your-orders/order-details?orderID=113-1234567-1234567');
const PRODUCT = new URL('https://www.amazon.com/dp/B0D4EXMPL1');
const LIST = new URL('https://www.amazon.com/your-orders/orders');

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(amazon.readOrder(doc, { url, now: NOW }));
  const orders = amazon.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['text only', 'Order # 113-1234567-1234567 Grand Total: $58.82'],
    ['half a tag', '<div class="order-card js-order-card"><span class="a-text-caps'],
  ])('%s: no throw, and only what it really says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), PRODUCT);
    expect(order.orderId).toBeUndefined();
    expect(order.total).toBeUndefined();
    expect(order.items).toEqual([]);
    expect(orders.every((o) => o.total === undefined && o.orderId === undefined)).toBe(true);
  });

  it('an empty document at a details URL still has the order number from the URL, and names the rest missing', () => {
    const { order } = readBoth(parseHtml(''), DETAIL);
    expect(order.orderId).toBe('113-1234567-1234567');
    expect(order.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
    expect(order.dates).toEqual({});
  });

  it('a details page cut off inside the grand total ("$58.8") has no total, and keeps what came before', () => {
    const html = readFixture('amazon/order-detail-en.html');
    const { order } = readBoth(parseHtml(html.slice(0, html.indexOf('$58.82') + 5)), DETAIL);
    expect(order.total).toBeUndefined();
    expect(order.subtotal).toEqual({ minor: 5497, currency: 'USD' });
    expect(order.orderId).toBe('113-1234567-1234567');
    expect(order.dates.ordered).toBe('2026-11-02');
    expect(order.items).toEqual([]); // the items come after the summary
  });

  it('a list cut off inside the second card\'s total keeps the first card whole and gives the second no total', () => {
    const html = readFixture('amazon/order-list-en.html');
    const { orders } = readBoth(parseHtml(html.slice(0, html.indexOf('$58.82') + 4)), LIST);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({ orderId: '113-7654321-7654321', total: { minor: 2499, currency: 'USD' } });
    expect(orders[1]?.total).toBeUndefined();
    expect(orders[1]?.dates.ordered).toBe('2026-11-02');
  });

  it('a details page read at another site\'s URL reads no order number from the URL', () => {
    const { order } = readBoth(loadFixture('amazon/order-detail-en.html'), new URL('https://shop.example/order?orderID=999-1234567-1234567'));
    expect(order.orderId).toBe('113-1234567-1234567');
  });

  it('a details page whose URL names another order than the page: no order number at all', () => {
    const url = new URL('https://www.amazon.com/your-orders/order-details?orderID=113-9999999-9999999');
    expect(readBoth(loadFixture('amazon/order-detail-en.html'), url).order.orderId).toBeUndefined();
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['amazon', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as Amazon: no throw, schema-valid, no order number or total", (path) => {
    const doc = loadFixture(path);
    for (const url of [PRODUCT, LIST]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(order.total).toBeUndefined();
      expect(orders).toEqual([]);
    }
  });
});

describe('readPage with the Amazon adapter', () => {
  it.each(listFixtures('amazon'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(amazon, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.order?.orderId).toBe(expected.order?.orderId);
    expect(reading.orders?.map((o) => o.orderId)).toEqual(expected.orders?.map((o) => o.orderId));
  });

  it('a product page (URL) is other: nothing is read', () => {
    expect(readPage(amazon, parseHtml(''), PRODUCT, NOW)).toEqual({ pageKind: 'other' });
  });
});

describe('orderBlock', () => {
  it.each(['amazon/order-detail-en.html', 'amazon/order-detail-de.html'])('%s: the block holds the order number, the total and every item', (path) => {
    const doc = loadFixture(path);
    const block = amazon.orderBlock?.(doc);
    expect(block).toBeTruthy();
    expect(block?.querySelector('[data-component="orderId"]')).toBeTruthy();
    expect(block?.querySelector('#od-subtotals')).toBeTruthy();
    expect(block?.querySelectorAll('[data-component="purchasedItems"] .a-fixed-left-grid')).toHaveLength(2);
    expect(block).not.toBe(doc.body);
  });

  it.each([['an empty document', ''], ['a list page', readFixture('amazon/order-list-en.html')]])('%s has none', (_, html) => {
    expect(amazon.orderBlock?.(parseHtml(html))).toBeNull();
  });
});
