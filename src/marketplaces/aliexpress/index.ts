import type { MarketplaceAdapter } from '../adapter';
import { readAliExpressOrder } from './read-order';
import { readAliExpressOrderList } from './read-order-list';
import { ALIEXPRESS_MATCH_PATTERNS, aliexpressPageKindFromUrl, isAliExpressHost } from './urls';

export const aliexpress: MarketplaceAdapter = {
  id: 'aliexpress',
  matchPatterns: ALIEXPRESS_MATCH_PATTERNS,
  matches: (url) => isAliExpressHost(url.hostname),
  pageKind: (url) => aliexpressPageKindFromUrl(url),
  readOrder: readAliExpressOrder,
  readOrderList: readAliExpressOrderList,
};
