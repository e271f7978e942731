import type { MarketplaceId } from '../model/marketplace';
import type { MarketplaceAdapter } from './adapter';

// A reader bundle (entrypoints/reader-<id>.ts), injected just before the content script on an order
// page, registers its adapter here; globalThis is the content scripts' own isolated world, shared by
// every content script of ours in the frame, never the page's.
const KEY = '__claimkitReaders';

type Readers = Partial<Record<MarketplaceId, MarketplaceAdapter>>;

function readers(): Readers {
  const holder = globalThis as { [KEY]?: Readers };
  holder[KEY] ??= {};
  return holder[KEY];
}

export function registerReader(adapter: MarketplaceAdapter): void {
  // The e2e build marks each reader's arrival for the bench and tests/e2e/non-order-pages.e2e.ts.
  if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:reader');
  readers()[adapter.id] = adapter;
}

export function registeredReader(id: MarketplaceId): MarketplaceAdapter | undefined {
  return readers()[id];
}
