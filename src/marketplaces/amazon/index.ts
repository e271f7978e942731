import type { MarketplaceAdapter } from '../adapter';
import { amazonPageKind } from './detect';
import { amazonOrderBlock } from './order-block';
import { readAmazonOrder } from './read-order';
import { readAmazonOrderList } from './read-order-list';
import { AMAZON_MATCH_PATTERNS, isAmazonHost } from './urls';

export const amazon: MarketplaceAdapter = {
  id: 'amazon',
  matchPatterns: AMAZON_MATCH_PATTERNS,
  matches: (url) => isAmazonHost(url.hostname),
  pageKind: amazonPageKind,
  readOrder: readAmazonOrder,
  readOrderList: readAmazonOrderList,
  orderBlock: amazonOrderBlock,
};
