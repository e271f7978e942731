import { commonAncestor } from '../common-ancestor';
import { goodsTotalElements } from './read-order';
import { DETAIL } from './selectors';

/**
 * The block a person would screenshot as proof of an Ozon order (order-detail.html): the smallest
 * element holding the shipments' products and the "Товары" sum; without the sum, the shipments alone.
 * Null when the page shows no shipment.
 */
export function ozonOrderBlock(doc: Document): Element | null {
  const shipments = doc.querySelectorAll(DETAIL.shipment);
  const first = shipments[0];
  const last = goodsTotalElements({ doc }).at(-1) ?? shipments[shipments.length - 1];
  if (!first || !last) return null;
  const block = commonAncestor(first, last);
  return block && block !== doc.documentElement && block !== doc.body ? block : null;
}
