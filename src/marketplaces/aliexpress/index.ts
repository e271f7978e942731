import type { MarketplaceAdapter } from '../adapter';
import { aliexpressPageKind } from './detect';
import { aliexpressOrderBlock } from './order-block';
import { readAliExpressOrder } from './read-order';
import { readAliExpressOrderList } from './read-order-list';
import { ALIEXPRESS_MATCH_PATTERNS, isAliExpressHost } from './urls';

export const aliexpress: MarketplaceAdapter = {
  id: 'aliexpress',
  matchPatterns: ALIEXPRESS_MATCH_PATTERNS,
  matches: (url) => isAliExpressHost(url.hostname),
  pageKind: aliexpressPageKind,
  readOrder: readAliExpressOrder,
  readOrderList: readAliExpressOrderList,
  orderBlock: aliexpressOrderBlock,
};
