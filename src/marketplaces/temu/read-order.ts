import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { pickAll, textOf, toPage } from '../page-dom';
import { agree } from '../agree';
import { orderLinkOf, type OrderLink } from './links';
import { printedOrderIds } from './page-text';
import { rawOrderSn, readRawData } from './raw-data';
import { toReading } from './reading';
import { PRODUCT_LINK } from './selectors';
import { temuOrderIdFromUrl } from './urls';

/**
 * Reads a Temu order-details page (bgt_order_detail.html, order-detail-en.html): the order number, where
 * the URL, `window.rawData.store.orderSn`, the printed text and the product links all agree, and one item
 * per product link of that order (its text the title, its href the product link). Nothing else has a
 * confirmed place on the page (README: prices, totals, dates, status text, seller, tracking are unknown;
 * the status codes in rawData mean nothing known), so the reading names those missing. Must not throw
 * on any document.
 */
export function readTemuOrder(doc: Document, ctx: ReadContext): OrderReading {
  const page = toPage(doc, ctx);
  const links = pickAll(doc, PRODUCT_LINK).flatMap((el) => {
    const link = orderLinkOf(page, el);
    return link ? [{ el, link }] : [];
  });
  const orderId = agree([
    temuOrderIdFromUrl(ctx.url),
    rawOrderSn(readRawData(doc)),
    only(printedOrderIds(page)),
    only(links.map(({ link }) => link.orderId)),
  ]);
  return toReading(page, { orderId, items: orderId === undefined ? [] : items(links, orderId) });
}

/** The one number several places give; several different ones (a page naming related orders) witness none. */
function only(ids: readonly string[]): string | undefined {
  const distinct = new Set(ids);
  return distinct.size === 1 ? ids[0] : undefined;
}

/** One item per product of the order: links with the same href (picture and title) count once, the titled one. */
function items(links: readonly { el: Element; link: OrderLink }[], orderId: string): OrderItem[] {
  const byHref = new Map<string, OrderItem>();
  for (const { el, link } of links) {
    const title = textOf(el);
    if (link.orderId !== orderId || title === undefined || byHref.has(link.href)) continue;
    // The model needs a count; Temu's has no confirmed place on the page (README gaps), so 1.
    byHref.set(link.href, { title, quantity: 1, productUrl: link.href });
  }
  return [...byHref.values()];
}
