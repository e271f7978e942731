import type { MarketplaceId, PageKind } from '../model/marketplace';
import { ALIEXPRESS_MATCH_PATTERNS, ALIEXPRESS_READER_MATCH_PATTERNS, aliexpressPageKindFromUrl, isAliExpressHost } from './aliexpress/urls';
import { AMAZON_MATCH_PATTERNS, AMAZON_READER_MATCH_PATTERNS, amazonPageKindFromUrl, isAmazonHost } from './amazon/urls';
import { EBAY_MATCH_PATTERNS, EBAY_READER_MATCH_PATTERNS, ebayPageKindFromUrl, isEbayHost } from './ebay/urls';
import { OZON_MATCH_PATTERNS, OZON_READER_MATCH_PATTERNS, isOzonHost, ozonPageKindFromUrl } from './ozon/urls';
import { TEMU_MATCH_PATTERNS, TEMU_READER_MATCH_PATTERNS, isTemuHost, temuPageKindFromUrl } from './temu/urls';
import { WILDBERRIES_MATCH_PATTERNS, WILDBERRIES_READER_MATCH_PATTERNS, isWildberriesHost, wildberriesPageKindFromUrl } from './wildberries/urls';

/**
 * What the always-on content script needs to know about a marketplace: which pages are its order
 * pages, by URL alone. The readers themselves (tens of kB each) are separate bundles, injected by
 * the browser with the content script on the order pages of their own marketplace only
 * (entrypoints/reader-<id>.ts; src/manifest/reader-content-scripts.ts writes the manifest entries).
 */
export interface MarketplaceSite {
  id: MarketplaceId;
  /** Where the content script runs: the order pages and the pages around them a shopper moves through. */
  matchPatterns: readonly string[];
  /** The order pages themselves, within matchPatterns: the reader bundle is injected here. */
  readerMatchPatterns: readonly string[];
  matches(url: URL): boolean;
  pageKindFromUrl(url: URL): PageKind;
}

export const sites: readonly MarketplaceSite[] = [
  { id: 'aliexpress', matchPatterns: ALIEXPRESS_MATCH_PATTERNS, readerMatchPatterns: ALIEXPRESS_READER_MATCH_PATTERNS, matches: (url) => isAliExpressHost(url.hostname), pageKindFromUrl: aliexpressPageKindFromUrl },
  { id: 'amazon', matchPatterns: AMAZON_MATCH_PATTERNS, readerMatchPatterns: AMAZON_READER_MATCH_PATTERNS, matches: (url) => isAmazonHost(url.hostname), pageKindFromUrl: amazonPageKindFromUrl },
  { id: 'ebay', matchPatterns: EBAY_MATCH_PATTERNS, readerMatchPatterns: EBAY_READER_MATCH_PATTERNS, matches: (url) => isEbayHost(url.hostname), pageKindFromUrl: ebayPageKindFromUrl },
  { id: 'temu', matchPatterns: TEMU_MATCH_PATTERNS, readerMatchPatterns: TEMU_READER_MATCH_PATTERNS, matches: (url) => isTemuHost(url.hostname), pageKindFromUrl: temuPageKindFromUrl },
  { id: 'ozon', matchPatterns: OZON_MATCH_PATTERNS, readerMatchPatterns: OZON_READER_MATCH_PATTERNS, matches: (url) => isOzonHost(url.hostname), pageKindFromUrl: ozonPageKindFromUrl },
  { id: 'wildberries', matchPatterns: WILDBERRIES_MATCH_PATTERNS, readerMatchPatterns: WILDBERRIES_READER_MATCH_PATTERNS, matches: (url) => isWildberriesHost(url.hostname), pageKindFromUrl: wildberriesPageKindFromUrl },
];

export function siteForUrl(url: URL): MarketplaceSite | undefined {
  return sites.find((site) => site.matches(url));
}

/** True for pages a ClaimKit content script may run on and report from. */
export function isMarketplaceUrl(raw: string): boolean {
  try {
    return siteForUrl(new URL(raw)) !== undefined;
  } catch {
    return false;
  }
}

/** Match patterns of the order content script (the manifest is generated from these). */
export const orderPageMatchPatterns: string[] = sites.flatMap((site) => [...site.matchPatterns]);

/** Match patterns of the reader bundles: the order pages of every marketplace. */
export const readerMatchPatterns: string[] = sites.flatMap((site) => [...site.readerMatchPatterns]);

/** The order content script as WXT builds it (entrypoints/order.content.ts), relative to the extension root. */
export const ORDER_SCRIPT = 'content-scripts/order.js';

/**
 * The scripts the browser injects on this order page, in their order: the marketplace's reader,
 * then the content script (the manifest's entries, src/manifest/reader-content-scripts.ts); null
 * for any page the content script would not read. The background injects the same two when the
 * popup or a capture finds an order page without them (reached inside a single-page app, or open
 * since before ClaimKit was installed).
 */
export function orderPageScripts(url: URL): [string, string] | null {
  const site = siteForUrl(url);
  if (!site || site.pageKindFromUrl(url) === 'other') return null;
  return [readerFile(site.id), ORDER_SCRIPT];
}

/** The reader bundle of a marketplace, as the manifest names it (relative to the extension root). */
export function readerFile(id: MarketplaceId): `reader-${string}.js` {
  return `reader-${id}.js`;
}
