import type { MarketplaceAdapter } from '../adapter';
import { ebayPageKind } from './detect';
import { ebayOrderBlock } from './order-block';
import { readEbayOrder } from './read-order';
import { readEbayOrderList } from './read-order-list';
import { EBAY_MATCH_PATTERNS, isEbayHost } from './urls';

export const ebay: MarketplaceAdapter = {
  id: 'ebay',
  matchPatterns: EBAY_MATCH_PATTERNS,
  matches: (url) => isEbayHost(url.hostname),
  pageKind: ebayPageKind,
  readOrder: readEbayOrder,
  readOrderList: readEbayOrderList,
  orderBlock: ebayOrderBlock,
};
