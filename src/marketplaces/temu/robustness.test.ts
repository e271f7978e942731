// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { temu } from './index';

const NOW = new Date('2026-11-24T10:00:00Z');
const ID = 'PO-211-12345678901234567';
const OTHER = 'PO-211-99999999999999999';
const DETAIL = new URL(`https://www.temu.com/bgt_order_detail.html?parent_order_sn=${ID}`);
const LIST = new URL('https://www.temu.com/bgt_orders.html');
const GOODS = new URL('https://www.temu.com/goods.html?goods_id=601099512345678');
const TITLES = ['Stainless Steel Kitchen Scissors, Heavy Duty, 2 Pcs', 'Silicone Pot Holders, Heat Resistant, 4 Pcs'];

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(temu.readOrder(doc, { url, now: NOW }));
  const orders = temu.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

/** order-detail-en.html with its rawData script's text replaced (the page's structure, hostile data). */
function withRawData(script: string): Document {
  const doc = loadFixture('temu/order-detail-en.html');
  doc.querySelector('script')!.textContent = script;
  return doc;
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['half a tag', `<div><a href="https://www.temu.com/goods.html?goods_id=1&parent_order_sn=${ID}`],
  ])('%s: no throw, nothing but what the URL says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), GOODS);
    expect(order).toMatchObject({ items: [], tracking: [], dates: {} });
    expect(order.orderId).toBeUndefined();
    expect(orders).toEqual([]);
  });

  it('an empty document at a details URL still has the order number from the URL, and names the rest missing', () => {
    const { order } = readBoth(parseHtml(''), DETAIL);
    expect(order.orderId).toBe(ID);
    expect(order.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['temu', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as Temu: no throw, schema-valid, no order", (path) => {
    const doc = loadFixture(path);
    for (const url of [GOODS, LIST]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(order.items).toEqual([]);
      expect(orders).toEqual([]);
    }
  });
});

describe('hostile or broken rawData is never trusted', () => {
  it.each([
    ['not JSON (a JS object literal)', `window.rawData = {store: {orderSn: '${OTHER}'}};`],
    ['cut short', `window.rawData = {"store":{"orderSn":"${OTHER}"`],
    ['an orderSn that is no order number', 'window.rawData = {"store":{"orderSn":{"toString":"PO-211-99999999999999999"}}};'],
    ['a prototype key', `window.rawData = {"__proto__":{"store":{"orderSn":"${OTHER}"}}};`],
    ['code after the object', `window.rawData = {"store":{"orderSn":"${ID}"}}; document.title = "${OTHER}";`],
  ])('%s: the order is read from the URL, text and links alone', (_, script) => {
    const reading = temu.readOrder(withRawData(script), { url: DETAIL, now: NOW });
    expect(orderReadingSchema.parse(reading)).toEqual(reading);
    expect(reading.orderId).toBe(ID);
    expect(reading.items.map((i) => i.title)).toEqual(TITLES);
  });

  it('an orderSn that contradicts the URL: no order number, and no items claimed for either', () => {
    const reading = temu.readOrder(withRawData(`window.rawData = {"store":{"orderSn":"${OTHER}"}};`), { url: DETAIL, now: NOW });
    expect(reading.orderId).toBeUndefined();
    expect(reading.items).toEqual([]);
  });

  it('script text is not printed text: an order number only in rawData is not a list entry', () => {
    const doc = parseHtml(`<script>window.rawData = {"store":{"orderSn":"${ID}"}};</script>`);
    expect(temu.readOrderList(doc, { url: LIST, now: NOW })).toEqual([]);
  });
});

describe('product links', () => {
  it('a product link of another order is no item of this one, and leaves the number to the other witnesses', () => {
    const doc = loadFixture('temu/order-detail-en.html');
    const second = doc.querySelectorAll('a[href]')[1]!;
    second.setAttribute('href', second.getAttribute('href')!.replace(ID, OTHER));
    const reading = temu.readOrder(doc, { url: DETAIL, now: NOW });
    expect(reading.orderId).toBe(ID);
    expect(reading.items.map((i) => i.title)).toEqual([TITLES[0]]);
  });

  it('links off Temu or to script are no items', () => {
    const doc = loadFixture('temu/order-detail-en.html');
    const [first, second] = doc.querySelectorAll('a[href]');
    first!.setAttribute('href', first!.getAttribute('href')!.replace('https://www.temu.com', 'https://evil.example'));
    second!.setAttribute('href', `javascript:alert(1)//goods.html?parent_order_sn=${ID}`);
    expect(temu.readOrder(doc, { url: DETAIL, now: NOW }).items).toEqual([]);
  });

  it('markup in a link text stays text, and adds nothing to the page', () => {
    const doc = loadFixture('temu/order-detail-en.html');
    const title = '<img src=x onerror="alert(1)">Scissors';
    doc.querySelector('a[href]')!.textContent = title;
    const reading = temu.readOrder(doc, { url: DETAIL, now: NOW });
    expect(reading.items[0]?.title).toBe(title);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('the order list: order numbers in the text (no markup is known)', () => {
  // Plain text, not Temu's markup: the reader uses nothing but the printed numbers and link URLs.
  it('one reading per distinct number, in page order, with its details link where there is one', () => {
    const doc = parseHtml(
      `<p>${ID}</p><p>${OTHER}</p><p>${ID}</p><a href="/de/bgt_order_detail.html?parent_order_sn=${OTHER}">${OTHER}</a><p>end</p>`,
    );
    const readings = temu.readOrderList(doc, { url: new URL('https://www.temu.com/de/bgt_orders.html'), now: NOW });
    expect(readings.map((r) => [r.orderId, r.url])).toEqual([
      [ID, 'https://www.temu.com/de/bgt_orders.html'],
      [OTHER, `https://www.temu.com/de/bgt_order_detail.html?parent_order_sn=${OTHER}`],
    ]);
    for (const r of readings) {
      expect(orderReadingSchema.parse(r)).toEqual(r);
      expect(r.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
    }
  });

  it('a number the page was cut off in is not read (it would be a shorter, other number)', () => {
    const doc = parseHtml(`<p>${ID}</p><p>${OTHER.slice(0, 18)}`);
    expect(temu.readOrderList(doc, { url: LIST, now: NOW }).map((r) => r.orderId)).toEqual([ID]);
  });

  it('numbers glued to more digits or letters are not order numbers', () => {
    const doc = parseHtml(`<p>XPO-211-12345678901234567 ${ID}12345678 ${ID}-D01</p><p>end</p>`);
    expect(temu.readOrderList(doc, { url: LIST, now: NOW }).map((r) => r.orderId)).toEqual([ID]);
  });
});

describe('readPage with the Temu adapter', () => {
  it.each(listFixtures('temu'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(temu, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.order?.orderId).toBe(expected.order?.orderId);
  });
});
