import type { MarketplaceAdapter } from '../adapter';
import { temuPageKind } from './detect';
import { readTemuOrder } from './read-order';
import { readTemuOrderList } from './read-order-list';
import { isTemuHost, TEMU_MATCH_PATTERNS } from './urls';

/** No orderBlock: no source shows how Temu lays out an order's products and total (README). */
export const temu: MarketplaceAdapter = {
  id: 'temu',
  matchPatterns: TEMU_MATCH_PATTERNS,
  matches: (url) => isTemuHost(url.hostname),
  pageKind: temuPageKind,
  readOrder: readTemuOrder,
  readOrderList: readTemuOrderList,
};
