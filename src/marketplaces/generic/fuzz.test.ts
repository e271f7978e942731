// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageKindSchema } from '../../model/marketplace';
import { orderReadingSchema, type OrderReading } from '../../model/order';
import { generic } from './index';
import { prng } from '../../../tests/support/prng';

// Damaged pages (half-loaded, stripped by a mail client, broken JSON-LD) must never make the reader
// throw, produce an invalid reading, or name an order number the page did not carry. The pages are
// the real fixtures; the damage is seeded so a failure replays exactly.
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');
const NOW = new Date('2026-11-24T10:00:00Z');
const RUNS = 400;

const PAGES = [
  'generic/gmail-order-basic', 'generic/gmail-order-billing-jsonld', 'generic/gmail-order-billing-microdata',
  'generic/gmail-order-graph', 'generic/gmail-parcel-delivery-jsonld', 'generic/gmail-parcel-delivery-microdata',
  'generic/schemaorg-order-items-microdata', 'generic/schemaorg-invoice-jsonld',
  'amazon/order-detail-en', 'amazon/order-detail-de', 'amazon/order-list-en', 'ebay/order-detail-en', 'ebay/order-list-en',
  'temu/order-detail-en', 'aliexpress/order-detail-global-en', 'aliexpress/order-detail-global-fr', 'aliexpress/order-detail-ru',
  'aliexpress/order-detail-ru-en', 'aliexpress/order-detail-legacy', 'aliexpress/order-list-global-en', 'aliexpress/not-an-order',
  'ozon/order-detail', 'wildberries/order-list-archive',
];

interface Expected {
  url: string;
  order?: { orderId?: string; orderDate?: string; dates?: { ordered?: string }; total?: { minor: number; currency: string } };
  orders?: { orderId?: string }[];
}

const pages = PAGES.map((path) => ({
  path,
  html: readFileSync(join(FIXTURES, `${path}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(FIXTURES, `${path}.expected.json`), 'utf8')) as Expected,
}));

function allNodes(doc: Document): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    out.push(node);
    node.childNodes.forEach(walk);
  };
  walk(doc.documentElement);
  return out;
}

const MUTATIONS: Record<string, (doc: Document, pick: (n: number) => number) => void> = {
  'delete a subtree': (doc, pick) => {
    const elements = [...doc.querySelectorAll('body *, head *')];
    elements[pick(elements.length)]?.remove();
  },
  'truncate the page': (doc, pick) => {
    const nodes = allNodes(doc);
    const keep = pick(nodes.length);
    for (const node of nodes.slice(keep + 1).reverse()) node.parentNode?.removeChild(node);
  },
  'break the JSON-LD': (doc, pick) => {
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    const script = scripts[pick(scripts.length)];
    if (script !== undefined) script.textContent = (script.textContent ?? '').slice(0, pick((script.textContent ?? '').length));
  },
};

function expectValid(reading: OrderReading): void {
  const parsed = orderReadingSchema.safeParse(reading);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

describe('generic adapter on damaged real pages', () => {
  it(`${RUNS} seeded mutations: no throw, valid readings, no order number the page did not carry`, () => {
    const random = prng(20261124);
    const pick = (n: number) => Math.floor(random() * n);
    const kinds = Object.keys(MUTATIONS);
    for (let run = 0; run < RUNS; run++) {
      const page = pages[pick(pages.length)]!;
      const doc = new DOMParser().parseFromString(page.html, 'text/html');
      const applied = Array.from({ length: 1 + pick(4) }, () => kinds[pick(kinds.length)]!);
      for (const kind of applied) MUTATIONS[kind]!(doc, pick);
      const what = `run ${run}: ${page.path} after ${applied.join(', ')}`;
      const ctx = { url: new URL(page.expected.url), now: NOW };
      const trueIds = [page.expected.order?.orderId, ...(page.expected.orders ?? []).map((o) => o.orderId)].filter(Boolean);

      expect(pageKindSchema.safeParse(generic.pageKind(ctx.url, doc)).success, what).toBe(true);
      const reading = generic.readOrder(doc, ctx);
      expectValid(reading);
      if (reading.orderId !== undefined) expect(trueIds, what).toContain(reading.orderId);
      // On a detail page, a date or total that survives the damage is the true one.
      const { orderDate, dates, total } = page.expected.order ?? {};
      const day = (orderDate ?? dates?.ordered)?.slice(0, 10);
      if (reading.dates.ordered !== undefined && day !== undefined) expect(reading.dates.ordered.slice(0, 10), what).toBe(day);
      if (reading.total !== undefined && total !== undefined) expect(reading.total, what).toEqual({ minor: total.minor, currency: total.currency });
      for (const listed of generic.readOrderList(doc, ctx)) {
        expectValid(listed);
        if (listed.orderId !== undefined) expect(trueIds, what).toContain(listed.orderId);
      }
    }
    // Parsing the page with happy-dom dominates the time (~10–30 ms a page), not the reader.
  }, 60_000);
});
