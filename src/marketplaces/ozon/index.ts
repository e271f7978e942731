import type { MarketplaceAdapter } from '../adapter';
import { ozonPageKind } from './detect';
import { ozonOrderBlock } from './order-block';
import { readOzonOrder } from './read-order';
import { readOzonOrderList } from './read-order-list';
import { isOzonHost, OZON_MATCH_PATTERNS } from './urls';

export const ozon: MarketplaceAdapter = {
  id: 'ozon',
  matchPatterns: OZON_MATCH_PATTERNS,
  matches: (url) => isOzonHost(url.hostname),
  pageKind: ozonPageKind,
  readOrder: readOzonOrder,
  readOrderList: readOzonOrderList,
  orderBlock: ozonOrderBlock,
};
