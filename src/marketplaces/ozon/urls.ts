import type { PageKind } from '../../model/marketplace';

/**
 * Ozon order pages (tests/fixtures/ozon/README.md): the order list www.ozon.ru/my/orderlist and an
 * order's details www.ozon.ru/my/orderdetails/?order=<number>. Nothing else on ozon.ru is read.
 */
export const OZON_MATCH_PATTERNS = ['*://www.ozon.ru/my/orderdetails*', '*://www.ozon.ru/my/orderlist*'] as const;
/** Both patterns are order pages already: the reader is injected wherever the content script runs. */
export const OZON_READER_MATCH_PATTERNS = OZON_MATCH_PATTERNS;

const HOST = /(^|\.)ozon\.ru$/;

export function isOzonHost(hostname: string): boolean {
  return HOST.test(hostname);
}

export function ozonPageKindFromUrl(url: URL): PageKind {
  if (!isOzonHost(url.hostname)) return 'other';
  if (/^\/my\/orderdetails\/?$/.test(url.pathname)) return 'order-detail';
  if (/^\/my\/orderlist\/?$/.test(url.pathname)) return 'order-list';
  return 'other';
}

/**
 * Ozon order numbers are "<digits>-<4 digits>" (12345678-0012); a shipment adds "-<n>" (12345678-0012-1).
 * The digit counts are a little wider than the fixtures' so a longer real number is not refused.
 */
const ORDER_NUMBER = /^\d{6,12}-\d{3,5}(?:-\d{1,3})?$/;

export function isOzonOrderNumber(text: string): boolean {
  return ORDER_NUMBER.test(text);
}

/** The order number in a details URL's `?order=` (the page URL, or a list card's link); undefined otherwise. */
export function ozonOrderIdFromUrl(url: URL): string | undefined {
  if (!isOzonHost(url.hostname) || ozonPageKindFromUrl(url) !== 'order-detail') return undefined;
  const id = url.searchParams.get('order')?.trim();
  return id !== undefined && isOzonOrderNumber(id) ? id : undefined;
}
