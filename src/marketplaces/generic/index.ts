import type { MarketplaceAdapter } from '../adapter';
import { genericPageKind, readGenericOrder, readGenericOrderList } from './read-order';

/**
 * The fallback for every shop without an adapter of its own. It is never chosen by URL — it has
 * no match patterns and `matches` is always false — but handed the page when the user asks
 * ClaimKit to read an unknown page. It reads schema.org Order markup (JSON-LD, microdata) and
 * labelled text in English, Russian, German, Spanish and French.
 */
export const generic: MarketplaceAdapter = {
  id: 'generic',
  matchPatterns: [],
  matches: () => false,
  pageKind: genericPageKind,
  readOrder: readGenericOrder,
  readOrderList: readGenericOrderList,
};
