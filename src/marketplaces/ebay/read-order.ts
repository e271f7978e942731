import type { OrderDates, OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { readAspects } from './aspects';
import { hrefOf, outermost, pick, pickAll, srcOf, textOf, toPage, valueText, type Page } from './dom';
import { labelledValues } from './labelled';
import { isEstimate } from './labels';
import { daysIn } from './month-day';
import { toReading, type Facts } from './reading';
import { DETAIL as S } from './selectors';
import { toStatus } from './status';
import { ebayOrderIdFrom, ebayOrderIdFromHref } from './urls';
import { agree, dateFrom, perUnit, readMoney, sameMoney, trackingFrom } from './values';

/**
 * Reads an eBay order-details page (/vod/FetchOrderDetails, order-detail-en). Returns what the page
 * shows and names the rest in `missing`; a page of another shape gives a reading with little more than
 * its URL. Must not throw on any document (empty, truncated, another site's page); `ctx.now` must be a
 * valid Date (it becomes `readAt`).
 */
export function readEbayOrder(doc: Document, ctx: ReadContext): OrderReading {
  const page = toPage(doc, ctx);
  return toReading(page, readDetail(page));
}

function readDetail(page: Page): Facts {
  const urlId = ebayOrderIdFromHref(page.ctx.url);
  const boxes = outermost(pickAll(page.doc, S.orderBox));
  // A page can hold several orders (README): the one the URL names, else the first.
  const box = boxes.find((b) => idsIn(page, b).includes(urlId ?? '')) ?? boxes[0];
  const root: ParentNode = box ?? page.doc;
  const info = pick(root, S.orderInfo) ?? root;
  const ordered = agree(labelledValues(info, 'orderDate').map((el) => dateFrom(valueText(page, el), page.locale)));
  const status = toStatus(textOf(pick(root, S.statusTitle)));
  const items = outermost(pickAll(root, S.item)).map((el) => readItem(page, el, ordered));
  return {
    orderId: agree([urlId, ...idsIn(page, info)]),
    items: items.flatMap((i) => (i.item ? [i.item] : [])),
    // The summary is page-wide: with several orders on the page its amounts are not this order's.
    ...(boxes.length <= 1 ? summary(page) : {}),
    seller: sellerOf(page, info),
    status,
    dates: {
      ordered,
      ...statusDates(status, ordered),
      returnWindowEnd: items.flatMap((i) => i.returnWindowEnd ?? []).sort()[0],
    },
    tracking: trackingOf(page, root),
  };
}

function idsIn(page: Page, root: ParentNode): string[] {
  return labelledValues(root, 'orderId').flatMap((el) => ebayOrderIdFrom(valueText(page, el)) ?? []);
}

function sellerOf(page: Page, info: ParentNode): Facts['seller'] {
  const value = labelledValues(info, 'seller')[0];
  const name = textOf(value);
  const url = hrefOf(page, value?.querySelector('a[href]'));
  return name === undefined ? undefined : { name, ...(url ? { url } : {}) };
}

/** "Delivered on Nov 9" gives the delivery day; an estimate's words give the estimated range. */
function statusDates(status: Facts['status'], ordered: string | undefined): Pick<OrderDates, 'delivered' | 'estimatedDelivery'> {
  if (status === undefined) return {};
  const days = daysIn(status.text, ordered);
  if (status.kind === 'delivered') return { delivered: days[0] };
  if (!isEstimate(status.text) || days.length === 0) return {};
  return { estimatedDelivery: { from: days[0], to: days.at(-1) } };
}

function readItem(page: Page, el: Element, ordered: string | undefined): { item?: OrderItem; returnWindowEnd?: string } {
  const link = pick(el, S.itemLink);
  const title = textOf(pick(el, S.itemTitle)) ?? textOf(link);
  const aspects = readAspects(pickAll(el, S.itemAspect).flatMap((a) => textOf(a) ?? []));
  const returnWindowEnd = aspects.returnWindows.flatMap((text) => daysIn(text, ordered).slice(0, 1)).sort()[0];
  if (title === undefined) return { returnWindowEnd };
  // The model needs a count; the page prints one only when it is not 1 (Kagee: "… ⋅ Quantity 3").
  const quantity = aspects.quantity ?? 1;
  return {
    item: {
      title,
      variant: aspects.variant,
      quantity,
      // The printed price is the line's total (the Playwright scraper divides it by the quantity).
      unitPrice: perUnit(readMoney(valueText(page, pick(el, S.itemPrice)), page.locale), quantity),
      productUrl: hrefOf(page, link),
      imageUrl: srcOf(page, pick(el, S.itemImage)),
    },
    returnWindowEnd,
  };
}

/** Subtotal ("1 item"), shipping ("Free" is 0 in the total's currency) and the order total. */
function summary(page: Page): Pick<Facts, 'subtotal' | 'shipping' | 'total'> {
  const root = pick(page.doc, S.summary) ?? page.doc;
  const amounts = (elements: readonly (Element | undefined)[], free?: string) =>
    agree([...new Set(elements)].map((el) => readMoney(valueText(page, el), page.locale, free)), sameMoney);
  const total = amounts([...labelledValues(root, 'total'), pick(root, S.summaryTotal)]);
  const subtotal = amounts(labelledValues(root, 'subtotal'));
  return { subtotal, shipping: amounts(labelledValues(root, 'shipping'), total?.currency ?? subtotal?.currency), total };
}

function trackingOf(page: Page, root: ParentNode): OrderReading['tracking'] {
  const found: OrderReading['tracking'] = [];
  for (const info of outermost(pickAll(root, S.trackingInfo))) {
    const number = trackingFrom(valueText(page, labelledValues(info, 'trackingNumber')[0]));
    const carrier = textOf(labelledValues(info, 'carrier')[0]);
    if (number !== undefined && !found.some((t) => t.number === number)) found.push({ number, ...(carrier ? { carrier } : {}) });
  }
  return found;
}
