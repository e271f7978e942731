import { commonAncestor } from '../common-ancestor';
import { DETAIL } from './selectors';

/**
 * The block a person would screenshot as proof of the order on a details page: the smallest element
 * holding the order number, the order summary (total) and the last item (order-detail-en/-de: the
 * `[data-component="default"]` card). Null when the page shows none of them.
 */
export function amazonOrderBlock(doc: Document): Element | null {
  const anchors = [doc.querySelector(DETAIL.orderId), doc.querySelector(DETAIL.chargeRow), [...doc.querySelectorAll(DETAIL.item)].at(-1)];
  const present = anchors.filter((el): el is Element => el != null);
  if (present.length < 2) return null;
  let block: Element | null = present[0] ?? null;
  for (const el of present.slice(1)) block = block && commonAncestor(block, el);
  return block && block !== doc.documentElement && block !== doc.body ? block : null;
}
