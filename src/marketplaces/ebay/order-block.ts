import { commonAncestor } from '../common-ancestor';
import { outermost, pick, pickAll } from './dom';
import { DETAIL } from './selectors';

/**
 * The block a person would screenshot as proof of the order: the smallest element holding the order
 * box (number, date, items, tracking) and the summary's total. eBay draws the summary in its own column
 * beside the order box (order-detail-en); where their only common ancestor is the whole page, the order
 * box alone is the block. Null when the page shows no order box.
 */
export function ebayOrderBlock(doc: Document): Element | null {
  const boxes = outermost(pickAll(doc, DETAIL.orderBox));
  const [box] = boxes;
  if (!box) return null;
  const total = boxes.length === 1 ? pick(doc, DETAIL.summaryTotal) : undefined;
  const both = total ? commonAncestor(box, total) : null;
  return both && both !== doc.documentElement && both !== doc.body ? both : box;
}
