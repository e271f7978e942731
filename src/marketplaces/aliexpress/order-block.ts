import { commonAncestor } from '../common-ancestor';
import { GLOBAL_DETAIL, LEGACY_DETAIL, RU_DETAIL } from './selectors';

/**
 * The block a person would screenshot as proof of the order: the smallest element holding the
 * products and the total (or the order number), per layout. Null when the page shows neither.
 */
const ANCHORS: readonly (readonly [string, string])[] = [
  [GLOBAL_DETAIL.item, GLOBAL_DETAIL.priceRow], // order-detail-global-en/-fr
  [RU_DETAIL.product, RU_DETAIL.summaryTotal], // order-detail-ru
  [RU_DETAIL.orderNumber, RU_DETAIL.product], // order-detail-ru-en (no visible summary)
  [LEGACY_DETAIL.orderNo, LEGACY_DETAIL.row], // order-detail-legacy
];

export function aliexpressOrderBlock(doc: Document): Element | null {
  for (const [first, last] of ANCHORS) {
    const a = doc.querySelector(first);
    const all = doc.querySelectorAll(last);
    const b = all[all.length - 1];
    if (!a || !b) continue;
    const block = commonAncestor(a, b);
    if (block && block !== doc.documentElement) return block;
  }
  return null;
}
