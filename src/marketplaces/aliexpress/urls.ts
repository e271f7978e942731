import type { PageKind } from '../../model/marketplace';

/**
 * AliExpress order pages (shared/fixtures/README.md):
 * - global React app: www.aliexpress.com/p/order/index.html (list), /p/order/detail.html?orderId= (detail),
 *   on every global domain (es., fr., de. … .aliexpress.com, and aliexpress.us);
 * - aliexpress.ru: /order-list (list) and /order-list/<id> (detail);
 * - legacy: trade.aliexpress.com/orderList.htm, /order_detail.htm?orderId=.
 */
export const ALIEXPRESS_MATCH_PATTERNS = [
  '*://*.aliexpress.com/p/order/*',
  '*://*.aliexpress.us/p/order/*',
  '*://aliexpress.ru/order-list*',
  '*://*.aliexpress.ru/order-list*',
  '*://trade.aliexpress.com/order*',
] as const;

/**
 * The order pages themselves (aliexpressPageKindFromUrl says order-detail or order-list): the reader
 * bundle is injected here only. A match pattern's path is matched with the query string, hence the
 * trailing `*`. aliexpress.ru's /order-list covers its list and every detail page.
 */
export const ALIEXPRESS_READER_MATCH_PATTERNS = [
  '*://*.aliexpress.com/p/order/index.html*',
  '*://*.aliexpress.com/p/order/detail.html*',
  '*://*.aliexpress.us/p/order/index.html*',
  '*://*.aliexpress.us/p/order/detail.html*',
  '*://aliexpress.ru/order-list*',
  '*://*.aliexpress.ru/order-list*',
  '*://trade.aliexpress.com/orderList.htm*',
  '*://trade.aliexpress.com/order_detail.htm*',
] as const;

const HOST = /(^|\.)aliexpress\.(com|us|ru)$/;

export function isAliExpressHost(hostname: string): boolean {
  return HOST.test(hostname);
}

export function aliexpressPageKindFromUrl(url: URL): PageKind {
  if (!isAliExpressHost(url.hostname)) return 'other';
  const path = url.pathname;
  if (/\/p\/order\/detail\.html$/.test(path) || /\/order_detail\.htm$/.test(path)) return 'order-detail';
  if (/\/p\/order\/index\.html$/.test(path) || /\/orderList\.htm$/.test(path)) return 'order-list';
  if (/^\/order-list\/\d+/.test(path)) return 'order-detail';
  if (/^\/order-list\/?$/.test(path)) return 'order-list';
  if (/\/p\/dispute\//.test(path) || /\/issue\//.test(path)) return 'dispute-form';
  return 'other';
}

/** The order number in the URL, where the page puts one (detail pages). */
export function aliexpressOrderIdFromUrl(url: URL): string | undefined {
  const fromQuery = url.searchParams.get('orderId') ?? url.searchParams.get('orderid');
  if (fromQuery && /^\d{6,}$/.test(fromQuery)) return fromQuery;
  const ru = /^\/order-list\/(\d{6,})/.exec(url.pathname);
  return ru?.[1];
}
