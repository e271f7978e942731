import type { MarketplaceId } from '../model/marketplace';
import type { MarketplaceAdapter } from './adapter';

// A reader bundle (entrypoints/reader-<id>.ts), imported by the content script on an order page,
// registers its adapter here; globalThis is the content script's own isolated world, not the page's.
const KEY = '__claimkitReaders';

type Readers = Partial<Record<MarketplaceId, MarketplaceAdapter>>;

function readers(): Readers {
  const holder = globalThis as { [KEY]?: Readers };
  holder[KEY] ??= {};
  return holder[KEY];
}

export function registerReader(adapter: MarketplaceAdapter): void {
  readers()[adapter.id] = adapter;
}

export function registeredReader(id: MarketplaceId): MarketplaceAdapter | undefined {
  return readers()[id];
}
