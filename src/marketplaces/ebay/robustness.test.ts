// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected, readFixture } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { ebay } from './index';

const NOW = new Date('2026-11-24T10:00:00Z');
const DETAIL = new URL('https://www.ebay.com/vod/FetchOrderDetails?orderId=12-12345-67890');
const ITEM = new URL('https://www.ebay.com/itm/135123456789');
const LIST = new URL('https://www.ebay.com/mye/myebay/purchase');

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(ebay.readOrder(doc, { url, now: NOW }));
  const orders = ebay.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['text only', 'Order number 12-12345-67890 Order total US $34.99'],
    ['half a tag', '<div class="m-order-card"><span class="primary__item--item-text'],
    ['a label with its value cut off', '<div class="order-summary-total"><dl><dt>Order total</dt><dd>US $34.9'],
  ])('%s: no throw, and only what it really says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), ITEM);
    expect(order.orderId).toBeUndefined();
    expect(order.total).toBeUndefined();
    expect(order.items).toEqual([]);
    expect(orders.every((o) => o.total === undefined && o.orderId === undefined)).toBe(true);
  });

  it('an empty document at a detail URL still has the order number from the URL, and names the rest missing', () => {
    const { order } = readBoth(parseHtml(''), DETAIL);
    expect(order.orderId).toBe('12-12345-67890');
    expect(order.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
  });

  it('a detail page cut off inside its last value leaves that value out', () => {
    const html = readFixture('ebay/order-detail-en.html');
    const cut = html.slice(0, html.lastIndexOf('US $34.99') + 'US $34.9'.length);
    const { order } = readBoth(parseHtml(cut), DETAIL);
    expect(order.items[0]?.title).toBe('Vintage Style Leather Camera Strap, Adjustable, Brown');
    expect(order.items[0]?.unitPrice).toBeUndefined(); // "US $34.9" is not the price
    expect(order.total).toEqual({ minor: 3499, currency: 'USD' }); // printed complete, earlier on the page
  });

  it('a purchase history cut off inside the second card reads the first card whole and no wrong total', () => {
    const html = readFixture('ebay/order-list-en.html');
    const cut = html.slice(0, html.indexOf('US $12.50') + 'US $12.5'.length);
    const { orders } = readBoth(parseHtml(cut), LIST);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({ orderId: '12-12345-67890', total: { minor: 3499, currency: 'USD' } });
    expect(orders[1]?.total).toBeUndefined();
    expect(orders[1]?.orderId).toBeUndefined(); // its number comes after the cut
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['ebay', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as eBay: no throw, schema-valid, no order number", (path) => {
    const doc = loadFixture(path);
    for (const url of [ITEM, LIST]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(orders.every((o) => o.orderId === undefined)).toBe(true);
    }
  });
});

describe('readPage with the eBay adapter', () => {
  it.each(listFixtures('ebay'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(ebay, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.order?.orderId).toBe(expected.order?.orderId);
    expect(reading.orders?.map((o) => o.orderId)).toEqual(expected.orders?.map((o) => o.orderId));
  });

  it('a page at a product URL without order markup is "other" and is not read', () => {
    expect(readPage(ebay, loadFixture('aliexpress/not-an-order.html'), ITEM, NOW)).toEqual({ pageKind: 'other' });
  });

  it('an order page at an eBay URL that does not name it (a saved copy) is placed by its markup', () => {
    const saved = new URL('https://www.ebay.com/saved-page.html');
    expect(ebay.pageKind(saved, loadFixture('ebay/order-detail-en.html'))).toBe('order-detail');
    expect(ebay.pageKind(saved, loadFixture('ebay/order-list-en.html'))).toBe('order-list');
    expect(ebay.pageKind(new URL('https://www.example.com/x'), loadFixture('ebay/order-list-en.html'))).toBe('other');
  });
});
