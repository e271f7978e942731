// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { ozon } from './index';
import { STATE } from './selectors';

const NOW = new Date('2026-11-24T10:00:00Z');
const DETAIL = new URL('https://www.ozon.ru/my/orderdetails/?order=12345678-0012');
const LIST = new URL('https://www.ozon.ru/my/orderlist');
const PRODUCT = new URL('https://www.ozon.ru/product/termokruzhka-450-ml-7101234569/');

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(ozon.readOrder(doc, { url, now: NOW }));
  const orders = ozon.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

/** A fixture whose widget JSON is replaced by `state` (the page's own structure, hostile data). */
function withState(path: string, selector: string, state: string): Document {
  const doc = loadFixture(path);
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`${path} has no ${selector}`);
  el.setAttribute('data-state', state);
  return doc;
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['text only', 'Заказ от 12 ноября Товары 3 188 ₽'],
    ['half a tag', '<div data-widget="orderList"><div><a href="/my/orderdetails/?order=12345678-0012"'],
  ])('%s: no throw, and only what it really says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), PRODUCT);
    expect(order.total).toBeUndefined();
    expect(order.items).toEqual([]);
    expect(orders.every((o) => o.total === undefined && o.items.length === 0)).toBe(true);
  });

  it('an empty document at a details URL still has the order number from the URL, and names the rest missing', () => {
    const { order } = readBoth(parseHtml(''), DETAIL);
    expect(order.orderId).toBe('12345678-0012');
    expect(order.missing).toEqual(['items', 'total', 'seller', 'status', 'orderDate']);
  });

  it('a details page cut off inside its title reads no order date (no "12 ноя…" guessed into a day)', () => {
    const doc = parseHtml('<div data-widget="titleWithTimer"><span class="tsHeadline700XLarge">Заказ от 12 ноября');
    expect(ozon.readOrder(doc, { url: DETAIL, now: NOW }).dates.ordered).toBeUndefined();
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['ozon', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as Ozon: no throw, schema-valid, no order number or total", (path) => {
    const doc = loadFixture(path);
    for (const url of [PRODUCT, LIST]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(order.total).toBeUndefined();
      expect(orders).toEqual([]);
    }
  });
});

describe('hostile or broken widget JSON (data-state) is never trusted', () => {
  it.each([
    ['not JSON', '{"header":[{"textIcon"'],
    ['JSON of the wrong shape', '{"header":"Получен","items":{"sellers":1}}'],
    ['wrong types everywhere', '{"header":[{"textIcon":{"text":{"text":42}}}],"items":[{"sellers":[{"products":[{"title":{"name":{"text":["x"]}},"price":{"price":[{"text":"NaN ₽"}]},"addToCartButton":{"action":{"quantity":-3}}}]}]}]}'],
    ['null', 'null'],
    ['a prototype key', '{"__proto__":{"header":[{"textIcon":{"text":{"text":"Отменён"}}}]}}'],
  ])('details with %s: the rendered widget alone is read', (_, state) => {
    const reading = ozon.readOrder(withState('ozon/order-detail.html', STATE.shipment, state), { url: DETAIL, now: NOW });
    expect(orderReadingSchema.parse(reading)).toEqual(reading);
    expect(reading.status).toEqual({ text: 'Получен 16 ноября', kind: 'delivered' });
    expect(reading.items.map((i) => [i.title, i.quantity, i.unitPrice?.minor])).toEqual([
      ['Наушники беспроводные TWS, Bluetooth 5.3, с шумоподавлением', 1, 249000],
      ['Чехол силиконовый для кейса наушников, прозрачный', 2, 34900],
    ]);
    expect(reading.total).toEqual({ minor: 318800, currency: 'RUB' });
  });

  it('details JSON that disagrees with the rendered page: the disputed facts are left out', () => {
    const state = '{"header":[{"textIcon":{"text":{"text":"Отменён"}}}],"items":[{"sellers":[{"products":[{"title":{"name":{"text":"Чехол силиконовый для кейса наушников, прозрачный"}},"price":{"price":[{"text":"1 ₽"}]},"addToCartButton":{"action":{"quantity":5}}}]}]}]}';
    const reading = ozon.readOrder(withState('ozon/order-detail.html', STATE.shipment, state), { url: DETAIL, now: NOW });
    expect(reading.status).toBeUndefined();
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]).toMatchObject({ title: 'Чехол силиконовый для кейса наушников, прозрачный', quantity: 1 });
    expect(reading.items[0]?.unitPrice).toBeUndefined();
  });

  it('markup in JSON text stays text, and adds nothing to the page', () => {
    const title = '<img src=x onerror="alert(1)">Чехол';
    const state = JSON.stringify({ items: [{ sellers: [{ products: [{ title: { name: { text: title } }, picture: { image: { image: 'javascript:alert(1)' } } }] }] }] });
    const doc = withState('ozon/order-detail.html', STATE.shipment, state);
    const images = doc.querySelectorAll('img').length;
    const reading = ozon.readOrder(doc, { url: DETAIL, now: NOW });
    expect(reading.items[0]).toMatchObject({ title, quantity: 1 });
    expect(reading.items[0]?.imageUrl).toBeUndefined();
    expect(doc.querySelectorAll('img')).toHaveLength(images);
  });

  it('an oversized state is not parsed at all', () => {
    const state = JSON.stringify({ header: [{ textIcon: { text: { text: 'Отменён' } } }], pad: 'x'.repeat(4_100_000) });
    const reading = ozon.readOrder(withState('ozon/order-detail.html', STATE.shipment, state), { url: DETAIL, now: NOW });
    expect(reading.status?.text).toBe('Получен 16 ноября');
  });

  it.each([
    ['not JSON', '{"ordersV2":[{"leftBlock"'],
    ['ordersV2 not a list', '{"ordersV2":{"0":{}}}'],
    ['orders of the wrong shape', '{"ordersV2":[null,1,"x",[],{"leftBlock":[]}]}'],
  ])('a list with %s: the rendered cards alone are read, with their numbers', (_, state) => {
    const readings = ozon.readOrderList(withState('ozon/order-list.html', STATE.orderList, state), { url: LIST, now: NOW });
    const kept = readings.filter((r) => r.orderId !== undefined);
    expect(kept.map((r) => [r.orderId, r.status?.text, r.total?.minor])).toEqual([
      ['12345678-0015', 'В пути', 129000],
      ['12345678-0012', 'Получен 16 ноября', undefined],
    ]);
    for (const r of readings) expect(orderReadingSchema.parse(r)).toEqual(r);
  });

  it('list links to another site or to script are no order number and no link', () => {
    const state = JSON.stringify({
      ordersV2: [
        { leftBlock: { common: { action: { link: 'https://evil.example/my/orderdetails/?order=12345678-0099' } } } },
        { leftBlock: { common: { action: { link: 'javascript:alert(1)//?order=12345678-0098' } } } },
      ],
    });
    const readings = ozon.readOrderList(withState('ozon/order-list.html', STATE.orderList, state), { url: LIST, now: NOW });
    // The two JSON orders (no number), then the two rendered cards the JSON lacks.
    expect(readings.map((r) => [r.orderId, r.url])).toEqual([
      [undefined, LIST.href],
      [undefined, LIST.href],
      ['12345678-0015', 'https://www.ozon.ru/my/orderdetails/?order=12345678-0015'],
      ['12345678-0012', 'https://www.ozon.ru/my/orderdetails/?order=12345678-0012'],
    ]);
  });

  it('a list sum the rendered card contradicts is left out', () => {
    const doc = loadFixture('ozon/order-list.html');
    const el = doc.querySelector(STATE.orderList)!;
    const state = JSON.parse(el.getAttribute('data-state')!) as { ordersV2: { leftBlock: { cellList: { cells: { dsCell: { rightBlock: { price: { price: { text: string }[] } } } }[] } } }[] };
    state.ordersV2[0]!.leftBlock.cellList.cells[0]!.dsCell.rightBlock.price.price[0]!.text = '9 999 ₽';
    el.setAttribute('data-state', JSON.stringify(state));
    const [first] = ozon.readOrderList(doc, { url: LIST, now: NOW });
    expect(first?.orderId).toBe('12345678-0015');
    expect(first?.total).toBeUndefined();
  });
});

describe('readPage with the Ozon adapter', () => {
  it.each(listFixtures('ozon'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(ozon, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.order?.orderId).toBe(expected.order?.orderId);
    expect(reading.orders?.map((o) => o.orderId)).toEqual(expected.orders?.map((o) => o.orderId));
  });
});

describe('a page saved to disk', () => {
  it('order-list.html opened from a file: relative details links still name Ozon orders', () => {
    const doc = loadFixture('ozon/order-list.html');
    for (const a of doc.querySelectorAll('a[href]')) a.setAttribute('href', a.getAttribute('href')!.replace('https://www.ozon.ru', ''));
    const readings = ozon.readOrderList(doc, { url: new URL('file:///home/me/orders.html'), now: NOW });
    expect(readings.map((r) => [r.orderId, r.url])).toEqual([
      ['12345678-0015', 'https://www.ozon.ru/my/orderdetails/?order=12345678-0015'],
      ['12345678-0012', 'https://www.ozon.ru/my/orderdetails/?order=12345678-0012'],
    ]);
  });
});
