// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPageSchema } from '../../../tests/support/expected-order';
import { FIXTURES_DIR, listFixtures, loadFixture, parseHtml, readExpected } from '../../../tests/support/load-fixture';
import { pageReadingSchema } from '../../model/messages';
import { orderReadingSchema } from '../../model/order';
import { readPage } from '../read-page';
import { wildberries } from './index';
import { ARCHIVE } from './selectors';

const NOW = new Date('2026-11-24T10:00:00Z');
const ARCHIVE_URL = new URL('https://www.wildberries.ru/lk/myorders/archive');
const DELIVERY = new URL('https://www.wildberries.ru/lk/myorders/delivery');
const PRODUCT = new URL('https://www.wildberries.ru/catalog/184512345/detail.aspx');
const ALL_MISSING = ['orderId', 'items', 'total', 'seller', 'status', 'orderDate'];

function readBoth(doc: Document, url: URL) {
  const order = orderReadingSchema.parse(wildberries.readOrder(doc, { url, now: NOW }));
  const orders = wildberries.readOrderList(doc, { url, now: NOW }).map((r) => orderReadingSchema.parse(r));
  return { order, orders };
}

describe('strange documents', () => {
  it.each([
    ['an empty document', ''],
    ['a bare html element', '<html></html>'],
    ['text only', 'Дата заказа 12 ноября 2026 ТермоДом 1 290 ₽ Выкуплен'],
    ['half a tag', '<div class="archive-page__item"><div class="archive-item__price">1 29'],
  ])('%s: no throw, and only what it really says', (_, html) => {
    const { order, orders } = readBoth(parseHtml(html), ARCHIVE_URL);
    expect(order.items).toEqual([]);
    expect(orders.every((o) => o.total === undefined && o.items.every((i) => i.unitPrice === undefined))).toBe(true);
  });

  it('the deliveries page, and any page read as one order, gives the URL and names every fact missing', () => {
    for (const url of [DELIVERY, ARCHIVE_URL]) {
      const { order } = readBoth(loadFixture('wildberries/order-list-archive.html'), url);
      expect(order).toMatchObject({ marketplace: 'wildberries', url: url.href, items: [], tracking: [], dates: {}, missing: ALL_MISSING });
    }
    expect(readBoth(parseHtml(''), DELIVERY).orders).toEqual([]);
  });

  const foreign = readdirSync(FIXTURES_DIR)
    .filter((dir) => !['wildberries', 'db', 'images'].includes(dir))
    .flatMap((dir) => listFixtures(dir));
  it.each(foreign)("another marketplace's page (%s) read as Wildberries: no throw, schema-valid, no order", (path) => {
    const doc = loadFixture(path);
    for (const url of [PRODUCT, ARCHIVE_URL]) {
      const { order, orders } = readBoth(doc, url);
      expect(order.orderId).toBeUndefined();
      expect(order.items).toEqual([]);
      expect(orders).toEqual([]);
    }
  });
});

describe('what the archive prints, when it prints it differently', () => {
  /** The fixture with the first card's date spans rewritten (the page's own structure). */
  function withDates(ordered: string, received: string): Document {
    const doc = loadFixture('wildberries/order-list-archive.html');
    const card = doc.querySelector(ARCHIVE.item)!;
    card.querySelector(ARCHIVE.orderDate)!.textContent = ordered;
    card.querySelectorAll(ARCHIVE.receiveDate)[1]!.textContent = received;
    return doc;
  }

  it("dates without a year take now's year (core/parse/day-month.ts rule)", () => {
    const [first] = wildberries.readOrderList(withDates('12 ноября', '16 ноября'), { url: ARCHIVE_URL, now: NOW });
    expect(first?.dates).toEqual({ ordered: '2026-11-12', delivered: '2026-11-16' });
  });

  it('…and a yearless day after today is last year', () => {
    const [first] = wildberries.readOrderList(withDates('12 декабря', '20 декабря'), { url: ARCHIVE_URL, now: NOW });
    expect(first?.dates).toEqual({ ordered: '2025-12-12', delivered: '2025-12-20' });
  });

  it('markup in a product name stays text, and adds nothing to the page', () => {
    const doc = loadFixture('wildberries/order-list-archive.html');
    const name = '<img src=x onerror="alert(1)">Кружка';
    doc.querySelector(ARCHIVE.name)!.textContent = name;
    const images = doc.querySelectorAll('img').length;
    const [first] = wildberries.readOrderList(doc, { url: ARCHIVE_URL, now: NOW });
    expect(first?.items[0]?.title).toBe(name);
    expect(doc.querySelectorAll('img')).toHaveLength(images);
  });

  it('a price that is not one amount in roubles is left out', () => {
    const doc = loadFixture('wildberries/order-list-archive.html');
    doc.querySelector(ARCHIVE.price)!.textContent = 'от 1 290 ₽ до 2 000 ₽';
    const [first] = wildberries.readOrderList(doc, { url: ARCHIVE_URL, now: NOW });
    expect(first?.items[0]?.unitPrice).toBeUndefined();
  });

  it('a status WB words differently is kept as printed, of unknown kind', () => {
    const doc = loadFixture('wildberries/order-list-archive.html');
    doc.querySelector(ARCHIVE.status)!.textContent = 'Отказ от товара';
    const [first] = wildberries.readOrderList(doc, { url: ARCHIVE_URL, now: NOW });
    expect(first?.status).toEqual({ text: 'Отказ от товара', kind: 'unknown' });
  });
});

describe('readPage with the Wildberries adapter', () => {
  it.each(listFixtures('wildberries'))('%s gives a valid page reading of its kind', (path) => {
    const expected = expectedPageSchema.parse(readExpected(path));
    const reading = pageReadingSchema.parse(readPage(wildberries, loadFixture(path), new URL(expected.url), NOW));
    expect(reading.pageKind).toBe(expected.pageKind);
    expect(reading.orders).toHaveLength(expected.orders?.length ?? 0);
  });

  it('the deliveries page gives a reading of kind other, with nothing read', () => {
    expect(readPage(wildberries, parseHtml(''), DELIVERY, NOW)).toEqual({ pageKind: 'other' });
  });
});
