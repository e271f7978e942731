// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderReadingSchema } from '../../model/order';
import { generic } from './index';

// The label reader on other shops' real page structures (tests/fixtures/<shop>/, see their READMEs):
// the generic adapter knows nothing of these shops, so finding their labelled facts proves the reader.
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');
const NOW = new Date('2026-11-24T10:00:00Z');

interface ShopExpected {
  url: string;
  order?: { orderId?: string; orderDate?: string; total?: { minor: number; currency: string } };
  orders?: { orderId?: string }[];
}

function load(path: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, `${path}.html`), 'utf8'), 'text/html');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${path}.expected.json`), 'utf8')) as ShopExpected;
  return { doc, expected, ctx: { url: new URL(expected.url), now: NOW } };
}

describe('generic adapter: labelled order facts on real page structures', () => {
  // [fixture, the labels it proves, whether its total is labelled]
  it.each([
    ['amazon/order-detail-en', '"Order #", "Order placed", "Grand Total:" in label/value divs', true],
    ['amazon/order-detail-de', '"Bestellnummer", "Bestellung aufgegeben", "Gesamtsumme:" over the weaker "Summe:"', true],
    ['ebay/order-detail-en', 'dt/dd "Order number", "Time placed", "Order total"', true],
    ['temu/order-detail-en', '"Order ID: PO-…" in one text node', true],
    ['aliexpress/order-detail-global-en', '"Order ID:", "Order date:" rows, span "Total" + sibling', true],
    ['aliexpress/order-detail-global-fr', '"N° de commande :", "Date de commande :", "Total"', true],
    ['aliexpress/order-detail-ru', '«Заказ» + number span, «Дата заказа:», «Итого»', true],
    ['aliexpress/order-detail-ru-en', '"Order" + number span, "Order date:", "Total"', true],
    ['aliexpress/order-detail-legacy', '"Order Number:" + span, <label>Order Date</label>: <span>', false],
  ] as const)('%s: %s', (path, _labels, totalLabelled) => {
    const { doc, expected, ctx } = load(path);
    const reading = generic.readOrder(doc, ctx);
    expect(generic.pageKind(ctx.url, doc)).toBe('order-detail');
    expect(reading.orderId).toBe(expected.order?.orderId);
    expect(reading.dates.ordered?.slice(0, 10)).toBe(expected.order?.orderDate?.slice(0, 10));
    // The legacy page's totals sit in column-header tables, which the reader does not read: none beats a wrong one.
    const total = expected.order?.total;
    expect(reading.total).toEqual(totalLabelled && total ? { minor: total.minor, currency: total.currency } : undefined);
    expect(orderReadingSchema.safeParse(reading).success).toBe(true);
  });

  it.each([
    ['amazon/order-list-en', 'three "Order #" cards'],
    ['ebay/order-list-en', 'two dt/dd cards'],
    ['aliexpress/order-list-global-en', 'three "Order ID:" cards'],
    ['aliexpress/order-list-legacy', 'legacy order table'],
    ['ozon/order-list', 'no labelled numbers'],
    ['wildberries/order-list-archive', 'two «Дата заказа» rows'],
  ])('%s (%s): several orders without markup are not read as one', (path) => {
    const { doc, ctx } = load(path);
    const reading = generic.readOrder(doc, ctx);
    expect(generic.pageKind(ctx.url, doc)).toBe('other');
    expect(reading.orderId).toBeUndefined();
    expect(reading.dates.ordered).toBeUndefined();
    expect(reading.total).toBeUndefined();
    expect(generic.readOrderList(doc, ctx)).toEqual([]);
  });

  it.each([
    ['aliexpress/not-an-order', 'a product page with a 16-digit id in the URL and a price'],
    ['ozon/order-detail', 'an order page that prints no order number, only «Заказ от 12 ноября»'],
  ])('%s (%s) gives no order number and is not an order page', (path) => {
    const { doc, ctx } = load(path);
    expect(generic.pageKind(ctx.url, doc)).toBe('other');
    const reading = generic.readOrder(doc, ctx);
    expect(reading.orderId).toBeUndefined();
    expect(reading.missing).toContain('orderId');
  });
});
