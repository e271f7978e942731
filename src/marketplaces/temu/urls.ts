import type { PageKind } from '../../model/marketplace';

/**
 * Temu order pages (tests/fixtures/temu/README.md, "Confirmed shapes"): the list
 * www.temu.com/bgt_orders.html and an order's details www.temu.com/bgt_order_detail.html?parent_order_sn=PO-…,
 * both also under a country prefix (www.temu.com/<cc>/bgt_orders.html).
 */
export const TEMU_MATCH_PATTERNS = ['*://www.temu.com/bgt_order*', '*://www.temu.com/*/bgt_order*'] as const;
/** The order detail and list pages, with or without a region prefix: the reader is injected here only. */
export const TEMU_READER_MATCH_PATTERNS = [
  '*://www.temu.com/bgt_order_detail.html*',
  '*://www.temu.com/bgt_orders.html*',
  '*://www.temu.com/*/bgt_order_detail.html*',
  '*://www.temu.com/*/bgt_orders.html*',
] as const;

const HOST = /(^|\.)temu\.com$/;
// "/uk", "/de", "/de-en": the country (and language) prefix of regional sites.
const PREFIX = String.raw`(?:/[a-z]{2}(?:-[a-z]{2})?)?`;
const DETAIL = new RegExp(String.raw`^${PREFIX}/bgt_order_detail\.html$`);
const LIST = new RegExp(String.raw`^${PREFIX}/bgt_orders\.html$`);

export function isTemuHost(hostname: string): boolean {
  return HOST.test(hostname);
}

export function temuPageKindFromUrl(url: URL): PageKind {
  if (!isTemuHost(url.hostname)) return 'other';
  if (DETAIL.test(url.pathname)) return 'order-detail';
  if (LIST.test(url.pathname)) return 'order-list';
  return 'other';
}

/** "PO-211-06234479867513254": PO, a 3-digit region (211 US, 162 PL, 098 IT), 10–22 digits (public tools' regexes). */
export const ORDER_ID = /^PO-\d{3}-\d{10,22}$/;
/** The same, inside text: not glued to more digits, so a cut-off or longer number is not taken for one. */
export const ORDER_ID_IN_TEXT = /(?<![\p{L}\p{N}])PO-\d{3}-\d{10,22}(?!\d)/gu;

/** The order number in a URL's `parent_order_sn` (the details page, and product links on it); undefined otherwise. */
export function temuOrderIdFromUrl(url: URL): string | undefined {
  if (!isTemuHost(url.hostname)) return undefined;
  const id = url.searchParams.get('parent_order_sn')?.trim();
  return id !== undefined && ORDER_ID.test(id) ? id : undefined;
}
