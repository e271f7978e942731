import type { PageReading } from '../model/messages';
import type { MarketplaceAdapter } from './adapter';

/**
 * Reads whatever order facts a page shows, with the adapter for its site. Never throws: a reader
 * bug on a strange page becomes an empty reading, so the page itself is never disturbed.
 */
export function readPage(adapter: MarketplaceAdapter, doc: Document, url: URL, now: Date): PageReading {
  const pageKind = safe(() => adapter.pageKind(url, doc), 'other' as const);
  const ctx = { url, now };
  switch (pageKind) {
    case 'order-detail':
      return { pageKind, order: safe(() => adapter.readOrder(doc, ctx), undefined) };
    case 'order-list':
      return { pageKind, orders: safe(() => adapter.readOrderList(doc, ctx), []) };
    default:
      return { pageKind };
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.warn('[ClaimKit] page reader failed; reporting nothing rather than a guess', error);
    return fallback;
  }
}
