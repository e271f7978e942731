import type { MarketplaceAdapter } from './adapter';
import { aliexpress } from './aliexpress';

/** Every marketplace adapter. Adding a marketplace: a folder under src/marketplaces/ and a line here. */
export const adapters: readonly MarketplaceAdapter[] = [aliexpress];

export function adapterForUrl(url: URL): MarketplaceAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

/** True for pages a ClaimKit content script may run on and report from. */
export function isMarketplaceUrl(raw: string): boolean {
  try {
    return adapterForUrl(new URL(raw)) !== undefined;
  } catch {
    return false;
  }
}

/** Match patterns for the order content script (the manifest is generated from these). */
export const orderPageMatchPatterns: string[] = adapters.flatMap((adapter) => [...adapter.matchPatterns]);
