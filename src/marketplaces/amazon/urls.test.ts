// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { amazon } from './index';
import { AMAZON_MATCH_PATTERNS, AMAZON_SITES, amazonOrderIdFromUrl, amazonPageKindFromUrl, isAmazonHost } from './urls';

const SITES = Object.keys(AMAZON_SITES);

/** A WebExtension match pattern as the browser applies it ("*.host" also matches the host itself). */
function patternMatches(pattern: string, href: string): boolean {
  const [, scheme = '', host = '', path = ''] = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const url = new URL(href);
  const schemeOk = scheme === '*' ? ['http:', 'https:'].includes(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  const pathRe = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return schemeOk && hostOk && pathRe.test(url.pathname + url.search);
}

const matched = (href: string) => AMAZON_MATCH_PATTERNS.some((p) => patternMatches(p, href));

describe.each(SITES)('%s', (site) => {
  it.each([
    [`https://www.${site}/your-orders/order-details?orderID=113-1234567-1234567`, 'order-detail'],
    [`https://www.${site}/gp/your-account/order-details?orderID=113-1234567-1234567`, 'order-detail'],
    [`https://www.${site}/gp/your-account/order-details/ref=ppx_yo_dt_b_order_details_o00?ie=UTF8&orderID=113-1234567-1234567`, 'order-detail'],
    [`https://www.${site}/your-orders/orders?timeFilter=year-2026`, 'order-list'],
    [`https://www.${site}/your-orders/orders`, 'order-list'],
    [`https://www.${site}/gp/css/order-history?ref_=nav_orders_first`, 'order-list'],
    [`https://www.${site}/gp/css/order-history/ref=ppx_yo_dt_b_oo_view`, 'order-list'],
    [`https://www.${site}/gp/your-account/order-history/ref=ppx_hzod_bc_dt_b_oh_link`, 'order-list'],
    [`https://${site}/your-orders/orders`, 'order-list'],
  ])('%s is an %s page, and the content script runs there', (href, kind) => {
    const url = new URL(href);
    expect(isAmazonHost(url.hostname)).toBe(true);
    expect(amazon.matches(url)).toBe(true);
    expect(amazonPageKindFromUrl(url)).toBe(kind);
    expect(matched(href)).toBe(true);
  });

  it.each([
    `https://www.${site}/`,
    `https://www.${site}/dp/B0D4EXMPL1`,
    `https://www.${site}/gp/cart/view.html`,
    `https://www.${site}/gp/help/customer/display.html?nodeId=200783670`,
    `https://www.${site}/spr/returns/cart?orderId=113-1234567-1234567`,
    `https://www.${site}/gp/your-account/ship-track?orderId=113-1234567-1234567`,
    `https://www.${site}/progress-tracker/package?orderId=113-1234567-1234567`,
  ])('%s is not an order page, and no match pattern covers it', (href) => {
    expect(amazon.pageKind(new URL(href), parseHtml(''))).toBe('other');
    expect(matched(href)).toBe(false);
  });

  it('the order pages inside /your-orders/ that are not the list or details are "other"', () => {
    for (const path of ['/your-orders/pop?orderId=113-1234567-1234567', '/your-orders/invoice/popover?orderId=113-1234567-1234567']) {
      expect(amazonPageKindFromUrl(new URL(`https://www.${site}${path}`))).toBe('other');
    }
  });
});

describe('hosts', () => {
  it.each(['amazon.cn', 'amazon.co.jp', 'amazon.com.evil.example', 'notamazon.com', 'amazon.com-orders.example', 'www.aliexpress.com'])(
    '%s is not a site we read: no adapter, no match pattern, kind other',
    (host) => {
      const href = `https://${host}/your-orders/order-details?orderID=113-1234567-1234567`;
      expect(isAmazonHost(host)).toBe(false);
      expect(amazon.matches(new URL(href))).toBe(false);
      expect(amazon.pageKind(new URL(href), loadFixture('amazon/order-detail-en.html'))).toBe('other');
      expect(matched(href)).toBe(false);
    },
  );

  it('subdomains of a site are the site (smile.amazon.com, the bare domain)', () => {
    expect(isAmazonHost('smile.amazon.com')).toBe(true);
    expect(isAmazonHost('amazon.co.uk')).toBe(true);
    expect(isAmazonHost('WWW.AMAZON.DE')).toBe(true);
  });
});

describe('match patterns', () => {
  it('cover only order pages: four paths on each site, nothing broader', () => {
    expect(AMAZON_MATCH_PATTERNS).toHaveLength(SITES.length * 4);
    for (const pattern of AMAZON_MATCH_PATTERNS) {
      expect(pattern).toMatch(/^\*:\/\/\*\.amazon\.[a-z.]+\/(your-orders\/\*|gp\/your-account\/order-details\*|gp\/your-account\/order-history\*|gp\/css\/order-history\*)$/);
    }
    expect(AMAZON_MATCH_PATTERNS).toContain('*://*.amazon.com/your-orders/*');
    expect(AMAZON_MATCH_PATTERNS).toContain('*://*.amazon.co.uk/gp/css/order-history*');
    expect(AMAZON_MATCH_PATTERNS).toContain('*://*.amazon.it/gp/your-account/order-details*');
  });
});

describe('amazonOrderIdFromUrl', () => {
  it.each([
    ['https://www.amazon.com/your-orders/order-details?orderID=113-1234567-1234567', '113-1234567-1234567'],
    ['https://www.amazon.de/gp/your-account/order-details?ie=UTF8&orderID=302-1234567-7654321', '302-1234567-7654321'],
    ['https://www.amazon.com/your-orders/order-details?orderID=D01-1234567-1234567', 'D01-1234567-1234567'],
    ['https://www.amazon.com/your-orders/order-details?orderID=113-1234567', undefined],
    ['https://www.amazon.com/your-orders/order-details?orderID=113-1234567-12345678', undefined],
    ['https://www.amazon.com/your-orders/orders', undefined],
  ])('%s → %s', (href, id) => {
    expect(amazonOrderIdFromUrl(new URL(href))).toBe(id);
  });
});

describe('pageKind confirmed by the document where the URL says nothing', () => {
  it('a details page at an unknown Amazon path is a detail (order-detail-en)', () => {
    expect(amazon.pageKind(new URL('https://www.amazon.com/orders/113-1234567-1234567'), loadFixture('amazon/order-detail-en.html'))).toBe('order-detail');
  });
  it('an order list at an unknown Amazon path is a list (order-list-de)', () => {
    expect(amazon.pageKind(new URL('https://www.amazon.de/meine-bestellungen'), loadFixture('amazon/order-list-de.html'))).toBe('order-list');
  });
  it('an empty document at a non-order URL is other', () => {
    expect(amazon.pageKind(new URL('https://www.amazon.fr/dp/B0D4EXMPL1'), parseHtml(''))).toBe('other');
  });
});
