import { describe, expect, it } from 'vitest';
import { ebay } from './index';
import { EBAY_MATCH_PATTERNS, ebayOrderIdFrom, ebayOrderIdFromHref, ebayPageKindFromUrl, isEbayHost } from './urls';

/** A WebExtension match pattern as a RegExp (scheme `*` = http/https, host `*.` = the domain and its subdomains). */
function patternToRegExp(pattern: string): RegExp {
  const [, scheme = '', host = '', path = ''] = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme);
  return new RegExp(`^${schemeRe}://${hostRe}${esc(path).replace(/\*/g, '.*')}$`);
}
const matchedByPatterns = (url: string) => EBAY_MATCH_PATTERNS.some((p) => patternToRegExp(p).test(url.replace(/#.*$/, '')));

const SITES = ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de'];

describe('eBay order pages, per site', () => {
  it.each(SITES)('%s: purchase history and order details are order pages, matched by the patterns', (host) => {
    const list = `https://${host}/mye/myebay/purchase`;
    const filtered = `https://${host}/mye/myebay/purchase?filter=year_filter:LAST_YEAR`;
    const detail = `https://${host}/vod/FetchOrderDetails?orderId=12-12345-67890`;
    expect(ebayPageKindFromUrl(new URL(list))).toBe('order-list');
    expect(ebayPageKindFromUrl(new URL(filtered))).toBe('order-list');
    expect(ebayPageKindFromUrl(new URL(detail))).toBe('order-detail');
    for (const url of [list, filtered, detail]) {
      expect(matchedByPatterns(url), url).toBe(true);
      expect(ebay.matches(new URL(url))).toBe(true);
    }
  });

  it.each(SITES)('%s: other pages are "other" and not matched by the patterns', (host) => {
    for (const path of ['/', '/itm/135123456789', '/sch/i.html?_nkw=strap', '/mye/myebay/watchlist', '/mye/myebay/summary', '/vod/other', '/help/buying']) {
      const url = `https://${host}${path}`;
      expect(ebayPageKindFromUrl(new URL(url)), url).toBe('other');
      expect(matchedByPatterns(url), url).toBe(false);
    }
  });

  it('two patterns per site, and nothing broader than those two paths', () => {
    expect(EBAY_MATCH_PATTERNS).toHaveLength(SITES.length * 2);
    for (const pattern of EBAY_MATCH_PATTERNS) expect(pattern).toMatch(/^\*:\/\/\*\.ebay\.(com|co\.uk|de)\/(mye\/myebay\/purchase|vod\/FetchOrderDetails)\*$/);
  });
});

describe('isEbayHost', () => {
  it.each([
    ['www.ebay.com', true],
    ['ebay.co.uk', true],
    ['www.ebay.de', true],
    ['ebay.com.evil.example', false],
    ['notebay.com', false],
    ['www.ebay.fr', false], // not served (yet): no labels or fixture for it
    ['www.amazon.com', false],
  ])('%s → %s', (host, ok) => expect(isEbayHost(host)).toBe(ok));

  it('pages of other shops are "other" whatever their path', () => {
    expect(ebayPageKindFromUrl(new URL('https://www.example.com/mye/myebay/purchase'))).toBe('other');
    expect(ebayPageKindFromUrl(new URL('https://ebay.com.evil.example/vod/FetchOrderDetails?orderId=12-12345-67890'))).toBe('other');
  });
});

describe('order numbers', () => {
  it.each([
    ['12-12345-67890', '12-12345-67890'], // order-detail-en
    [' 19-54321-09876 ', '19-54321-09876'],
    ['135123456789-2345678901001', '135123456789-2345678901001'], // older item-transaction pair
    ['135123456789', undefined], // an item number alone
    ['113-1234567-1234567', undefined], // an Amazon order number
    ['3052219904417382', undefined], // an AliExpress order number
    ['12-12345-6789', undefined], // cut off
    [undefined, undefined],
  ])('%j → %j', (text, id) => expect(ebayOrderIdFrom(text)).toBe(id));

  it('from the orderId parameter only', () => {
    expect(ebayOrderIdFromHref('https://www.ebay.com/vod/FetchOrderDetails?orderId=12-12345-67890')).toBe('12-12345-67890');
    expect(ebayOrderIdFromHref('https://www.ebay.com/vod/FetchOrderDetails?itemid=135123456789&transid=1')).toBeUndefined();
    expect(ebayOrderIdFromHref('not a url')).toBeUndefined();
  });
});
