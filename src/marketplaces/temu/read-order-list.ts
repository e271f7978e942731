import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { pickAll, toPage } from '../page-dom';
import { orderLinkOf } from './links';
import { printedOrderIds } from './page-text';
import { toReading } from './reading';
import { DETAIL_LINK } from './selectors';

/**
 * The Temu order list (bgt_orders.html) has no confirmed markup and no fixture (README). What is known is
 * what a public QA tool does: it finds the order numbers in the page's text. So one reading per distinct
 * order number printed, in page order, with its details link where the page has one (the link's URL shape
 * is confirmed); the status words that tool also scans for cannot be tied to an order without the
 * markup, so every other fact is named missing. Must not throw on any document.
 */
export function readTemuOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  const links = pickAll(doc, DETAIL_LINK).flatMap((el) => orderLinkOf(page, el) ?? []);
  return printedOrderIds(page).map((orderId) => toReading(page, { orderId, url: links.find((link) => link.orderId === orderId)?.href }));
}
