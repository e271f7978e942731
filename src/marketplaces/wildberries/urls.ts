import type { PageKind } from '../../model/marketplace';

/**
 * Wildberries' order pages (tests/fixtures/wildberries/README.md) live under www.wildberries.ru/lk/myorders/:
 * the purchase archive /lk/myorders/archive, and the active deliveries /lk/myorders/delivery.
 */
export const WILDBERRIES_MATCH_PATTERNS = ['*://www.wildberries.ru/lk/myorders/*'] as const;
/** The purchase archive, the one order page read (see wildberriesPageKindFromUrl): the reader is injected there only. */
export const WILDBERRIES_READER_MATCH_PATTERNS = ['*://www.wildberries.ru/lk/myorders/archive*'] as const;

const HOST = /(^|\.)wildberries\.ru$/;

export function isWildberriesHost(hostname: string): boolean {
  return HOST.test(hostname);
}

/**
 * The archive is an order list (one card per purchased position). The deliveries page is 'other' on
 * purpose: the only public reader of its DOM takes the pickup code (`.delivery-code__value`), which is no
 * order fact, and no source shows its items, statuses or dates (README, "Not confirmed / gaps"). So the
 * content script reads nothing there rather than guess; were a reader called anyway, it finds nothing
 * and names every fact missing. WB has no per-order page any source reads.
 */
export function wildberriesPageKindFromUrl(url: URL): PageKind {
  if (!isWildberriesHost(url.hostname)) return 'other';
  if (/^\/lk\/myorders\/archive\/?$/.test(url.pathname)) return 'order-list';
  return 'other';
}
