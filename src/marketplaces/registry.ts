import type { MarketplaceAdapter } from './adapter';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { generic } from './generic';
import { ozon } from './ozon';
import { temu } from './temu';
import { wildberries } from './wildberries';

export { isMarketplaceUrl, orderPageMatchPatterns } from './sites';

/**
 * Every marketplace adapter, with its readers: for the background, the popup's "read this page",
 * the read-page command and tests. The always-on content script uses ./sites instead, and loads
 * one reader bundle on demand. Adding a marketplace: a folder under src/marketplaces/, a line here
 * and in ./sites, and an entrypoints/reader-<id>.ts.
 */
export const adapters: readonly MarketplaceAdapter[] = [aliexpress, amazon, ebay, temu, ozon, wildberries, generic];

/** The marketplace adapter for a URL; undefined for other shops (the generic reader is chosen explicitly). */
export function adapterForUrl(url: URL): MarketplaceAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

/** The adapter for a page: its marketplace's, else the generic reader (schema.org data, labels). */
export function adapterOrGeneric(url: URL): MarketplaceAdapter {
  return adapterForUrl(url) ?? generic;
}
