import type { MarketplaceId, PageKind } from '../model/marketplace';
import { ALIEXPRESS_MATCH_PATTERNS, aliexpressPageKindFromUrl, isAliExpressHost } from './aliexpress/urls';
import { AMAZON_MATCH_PATTERNS, amazonPageKindFromUrl, isAmazonHost } from './amazon/urls';
import { EBAY_MATCH_PATTERNS, ebayPageKindFromUrl, isEbayHost } from './ebay/urls';
import { OZON_MATCH_PATTERNS, isOzonHost, ozonPageKindFromUrl } from './ozon/urls';
import { TEMU_MATCH_PATTERNS, isTemuHost, temuPageKindFromUrl } from './temu/urls';
import { WILDBERRIES_MATCH_PATTERNS, isWildberriesHost, wildberriesPageKindFromUrl } from './wildberries/urls';

/**
 * What the always-on content script needs to know about a marketplace: which pages are its order
 * pages, by URL alone. The readers themselves (tens of kB each) are separate bundles, loaded only on
 * an order page of their own marketplace (entrypoints/reader-<id>.ts).
 */
export interface MarketplaceSite {
  id: MarketplaceId;
  matchPatterns: readonly string[];
  matches(url: URL): boolean;
  pageKindFromUrl(url: URL): PageKind;
}

export const sites: readonly MarketplaceSite[] = [
  { id: 'aliexpress', matchPatterns: ALIEXPRESS_MATCH_PATTERNS, matches: (url) => isAliExpressHost(url.hostname), pageKindFromUrl: aliexpressPageKindFromUrl },
  { id: 'amazon', matchPatterns: AMAZON_MATCH_PATTERNS, matches: (url) => isAmazonHost(url.hostname), pageKindFromUrl: amazonPageKindFromUrl },
  { id: 'ebay', matchPatterns: EBAY_MATCH_PATTERNS, matches: (url) => isEbayHost(url.hostname), pageKindFromUrl: ebayPageKindFromUrl },
  { id: 'temu', matchPatterns: TEMU_MATCH_PATTERNS, matches: (url) => isTemuHost(url.hostname), pageKindFromUrl: temuPageKindFromUrl },
  { id: 'ozon', matchPatterns: OZON_MATCH_PATTERNS, matches: (url) => isOzonHost(url.hostname), pageKindFromUrl: ozonPageKindFromUrl },
  { id: 'wildberries', matchPatterns: WILDBERRIES_MATCH_PATTERNS, matches: (url) => isWildberriesHost(url.hostname), pageKindFromUrl: wildberriesPageKindFromUrl },
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

/** Web-accessible-resource patterns must be whole origins ("…/*"): the readers load only there. */
export function originPatterns(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((p) => p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

/** The reader bundle of a marketplace, relative to the extension root. */
export function readerFile(id: MarketplaceId): `/reader-${string}.js` {
  return `/reader-${id}.js`;
}
