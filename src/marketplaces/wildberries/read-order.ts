import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { toPage } from '../page-dom';
import { toReading } from './reading';

/**
 * Wildberries has no order-details page any public source reads (README: none for a per-order page,
 * none for the deliveries page's items), so there is nothing to read: the reading holds the page URL and
 * names every fact missing. Kept as a function so the adapter is complete and a later source can fill it.
 */
export function readWildberriesOrder(doc: Document, ctx: ReadContext): OrderReading {
  return toReading(toPage(doc, ctx), {});
}
