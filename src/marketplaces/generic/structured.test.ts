// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderReadingSchema, type OrderReading } from '../../model/order';
import { generic } from './index';

// Fixtures: tests/fixtures/generic/*.html follow published Google (Gmail markup) and schema.org examples;
// each X.expected.json is the reading value for value (tests/fixtures/generic/README.md).
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/generic');
const NOW = new Date('2026-11-24T10:00:00Z');
const FACTS = ['orderId', 'items', 'total', 'seller', 'status', 'dates', 'tracking', 'paymentMethod', 'missing'] as const;

interface Expected {
  url: string;
  pageKind: string;
  order?: Partial<OrderReading>;
  orders?: Partial<OrderReading>[];
}

function load(name: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), 'text/html');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
  return { doc, expected, ctx: { url: new URL(expected.url), now: NOW } };
}

/** Every fact the expected reading states, and nothing it leaves out. */
function expectFacts(reading: OrderReading, expected: Partial<OrderReading>): void {
  for (const key of FACTS) expect(reading[key], key).toEqual(expected[key]);
  expect(orderReadingSchema.safeParse(reading).success).toBe(true);
  expect(reading).toMatchObject({ marketplace: 'generic', source: 'page', readAt: NOW.toISOString() });
}

describe('generic adapter: schema.org Order markup', () => {
  it.each([
    'gmail-order-basic',
    'gmail-order-billing-jsonld',
    'gmail-order-billing-microdata',
    'gmail-order-graph',
    'gmail-parcel-delivery-jsonld',
    'gmail-parcel-delivery-microdata',
    'schemaorg-order-items-microdata',
  ])('%s reads to its expected order', (name) => {
    const { doc, expected, ctx } = load(name);
    expect(generic.pageKind(ctx.url, doc)).toBe('order-detail');
    expectFacts(generic.readOrder(doc, ctx), expected.order ?? {});
    expect(generic.readOrderList(doc, ctx)).toEqual([]);
  });

  it.each([
    ['gmail-order-billing-jsonld', 'gmail-order-billing-microdata'],
    ['gmail-parcel-delivery-jsonld', 'gmail-parcel-delivery-microdata'],
  ])('%s and %s (one example, two encodings) read to the same order', (jsonLd, microdata) => {
    const a = load(jsonLd);
    const b = load(microdata);
    expect(generic.readOrder(a.doc, a.ctx)).toEqual(generic.readOrder(b.doc, b.ctx));
  });

  it('an invoice referencing two orders (schemaorg-invoice-jsonld) is a list of both', () => {
    const { doc, expected, ctx } = load('schemaorg-invoice-jsonld');
    expect(generic.pageKind(ctx.url, doc)).toBe('order-list');
    const orders = generic.readOrderList(doc, ctx);
    expect(orders).toHaveLength(2);
    orders.forEach((order, i) => expectFacts(order, expected.orders?.[i] ?? {}));
  });

  it('on a page with several orders, the detail reading takes the one named in the URL, else none', () => {
    const { doc } = load('schemaorg-invoice-jsonld');
    const named = generic.readOrder(doc, { url: new URL('https://acme-heating.example/orders/123ABC'), now: NOW });
    expect(named.orderId).toBe('123ABC');
    expect(named.items).toEqual([{ title: 'ACME Furnace 3000', quantity: 1 }]);
    const unnamed = generic.readOrder(doc, { url: new URL('https://acme-heating.example/billing'), now: NOW });
    expect(unnamed.orderId).toBeUndefined();
    expect(unnamed.items).toEqual([]);
  });

  it('is never picked by URL and asks for no host permissions', () => {
    expect(generic.id).toBe('generic');
    expect(generic.matchPatterns).toEqual([]);
    expect(generic.matches(new URL('https://www.northwind-market.example/account/orders/1'))).toBe(false);
  });
});
