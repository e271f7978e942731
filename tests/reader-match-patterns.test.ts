import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectReadersWithOrderScript } from '../src/manifest/reader-content-scripts';
import { ORDER_SCRIPT, orderPageMatchPatterns, readerMatchPatterns, siteForUrl, sites } from '../src/marketplaces/sites';
import { matchesAny, matchesPattern } from './support/match-pattern';

// Issue #8: each marketplace's reader bundle is injected by the browser on that marketplace's order
// pages only, just before the content script (src/manifest/reader-content-scripts.ts). The content
// script reads wherever the URL rules (pageKindFromUrl) say "order page", so the reader's match
// patterns must cover every such URL, and stay off the other pages the content script runs on.
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

const fixtureUrls = readdirSync(FIXTURES)
  .filter((id) => sites.some((site) => site.id === id))
  .flatMap((id) => readdirSync(join(FIXTURES, id)).filter((f) => f.endsWith('.expected.json')).map((f) => JSON.parse(readFileSync(join(FIXTURES, id, f), 'utf8')) as { url: string; pageKind: string }));

// Order pages in the address forms the URL rules accept beyond the fixtures (regional prefixes,
// "/ref=" segments, trailing slashes, other hosts of the same marketplace).
const ORDER_URLS = [
  'https://es.aliexpress.com/p/order/index.html?spm=a2g0o',
  'https://www.aliexpress.us/p/order/detail.html?orderId=8180000000000001',
  'https://aliexpress.ru/order-list',
  'https://m.aliexpress.ru/order-list/5013187720456312?filterName=active',
  'https://www.amazon.co.uk/gp/css/order-history/ref=ppx_yo_dt_b_oo_view',
  'https://www.amazon.fr/gp/your-account/order-details?orderID=403-1234567-1234567',
  'https://www.amazon.com.au/gp/your-account/order-history?opt=ab',
  'https://www.amazon.it/your-orders/orders/',
  'https://www.ebay.co.uk/vod/FetchOrderDetails?itemid=1&transid=2',
  'https://www.ebay.de/mye/myebay/purchase?page=2',
  'https://www.temu.com/uk/bgt_orders.html',
  'https://www.temu.com/de-en/bgt_order_detail.html?parent_order_sn=PO-1',
  'https://www.ozon.ru/my/orderdetails?order=12345678-0012',
  'https://www.wildberries.ru/lk/myorders/archive/',
];
// Pages the content script runs on that are not order pages: no reader there.
const OTHER_URLS = [
  'https://www.aliexpress.com/p/order/not-an-order.html',
  'https://www.amazon.com/your-orders/returns',
  'https://www.amazon.de/your-orders/pop?orderId=302-1234567-7654321',
  'https://www.temu.com/bgt_order_after_sales.html',
  'https://www.wildberries.ru/lk/myorders/delivery',
];

describe('reader match patterns', () => {
  const orderUrls = [...fixtureUrls.filter((f) => f.pageKind !== 'other').map((f) => f.url), ...ORDER_URLS];

  it.each(orderUrls)('%s is an order page: the content script and its reader are injected there', (url) => {
    const site = siteForUrl(new URL(url));
    expect(site?.pageKindFromUrl(new URL(url))).not.toBe('other');
    expect(matchesAny(site!.readerMatchPatterns, url)).toBe(true);
    expect(matchesAny(site!.matchPatterns, url)).toBe(true);
  });

  it.each(OTHER_URLS)('%s is not an order page: the content script runs there, no reader', (url) => {
    expect(siteForUrl(new URL(url))?.pageKindFromUrl(new URL(url))).toBe('other');
    expect(matchesAny(orderPageMatchPatterns, url)).toBe(true);
    expect(matchesAny(readerMatchPatterns, url)).toBe(false);
  });

  it('the matcher follows Chrome: the path is matched with the query, *. takes the bare host', () => {
    expect(matchesPattern('*://*.aliexpress.com/p/order/detail.html*', 'https://aliexpress.com/p/order/detail.html?orderId=1')).toBe(true);
    expect(matchesPattern('*://www.ozon.ru/my/orderlist*', 'https://www.ozon.ru/my/orderlist')).toBe(true);
    expect(matchesPattern('*://www.ozon.ru/my/orderlist', 'https://www.ozon.ru/my/orderlist?x=1')).toBe(false);
    expect(matchesPattern('*://*.amazon.com/your-orders/*', 'https://www.amazon.com.evil.example/your-orders/orders')).toBe(false);
  });
});

describe('the manifest entries (build:manifestGenerated)', () => {
  const built = () => {
    const manifest = { content_scripts: [{ matches: [...orderPageMatchPatterns], js: [ORDER_SCRIPT], run_at: 'document_idle' }] };
    injectReadersWithOrderScript(undefined, manifest);
    return manifest.content_scripts as { matches: string[]; exclude_matches?: string[]; js: string[]; run_at: string }[];
  };

  it('gives each marketplace one entry: its reader first, then the content script, at document_idle', () => {
    const entries = built();
    for (const site of sites) {
      const entry = entries.find((e) => e.js[0] === `reader-${site.id}.js`);
      expect(entry).toEqual({ matches: [...site.readerMatchPatterns], js: [`reader-${site.id}.js`, ORDER_SCRIPT], run_at: 'document_idle' });
    }
    expect(entries).toHaveLength(sites.length + 1);
  });

  it('keeps the content script alone everywhere else, never twice on an order page', () => {
    const [alone] = built();
    expect(alone!.js).toEqual([ORDER_SCRIPT]);
    expect(alone!.exclude_matches).toEqual(readerMatchPatterns);
    for (const url of [...ORDER_URLS, ...OTHER_URLS]) {
      const injections = built().filter((e) => matchesAny(e.matches, url) && !matchesAny(e.exclude_matches ?? [], url)).flatMap((e) => e.js);
      expect(injections.filter((f) => f === ORDER_SCRIPT)).toHaveLength(1);
    }
  });

  it('refuses to build without the content script entry', () => {
    expect(() => injectReadersWithOrderScript(undefined, { content_scripts: [] })).toThrow(/no content_scripts entry/);
  });
});
