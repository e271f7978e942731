import type { MarketplaceAdapter } from '../adapter';
import { wildberriesPageKind } from './detect';
import { readWildberriesOrder } from './read-order';
import { readWildberriesOrderList } from './read-order-list';
import { isWildberriesHost, WILDBERRIES_MATCH_PATTERNS } from './urls';

/** No orderBlock: Wildberries has no order-details page (urls.ts), and a list card is not one order's proof. */
export const wildberries: MarketplaceAdapter = {
  id: 'wildberries',
  matchPatterns: WILDBERRIES_MATCH_PATTERNS,
  matches: (url) => isWildberriesHost(url.hostname),
  pageKind: wildberriesPageKind,
  readOrder: readWildberriesOrder,
  readOrderList: readWildberriesOrderList,
};
