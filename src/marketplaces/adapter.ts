import type { MarketplaceId, PageKind } from '../model/marketplace';
import type { OrderReading } from '../model/order';

export interface ReadContext {
  /** The page's URL (the document's own URL may be about:blank in tests and saved pages). */
  url: URL;
  /** When the page is read: countdowns become absolute times relative to it. */
  now: Date;
}

/**
 * One marketplace's page readers. Pure functions over a Document: they run in the content script
 * and in vitest on saved HTML alike. They must never throw on a strange page: they return what
 * they found and name the rest in `missing`.
 */
export interface MarketplaceAdapter {
  id: MarketplaceId;
  /** Match patterns of the order pages (manifest content_scripts.matches). */
  matchPatterns: readonly string[];
  matches(url: URL): boolean;
  pageKind(url: URL, doc: Document): PageKind;
  readOrder(doc: Document, ctx: ReadContext): OrderReading;
  readOrderList(doc: Document, ctx: ReadContext): OrderReading[];
  /** The block a person would screenshot as proof of the order (products and total); null if none. */
  orderBlock?(doc: Document): Element | null;
}
