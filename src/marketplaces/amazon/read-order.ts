import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { hrefOf, pick, pickAll, srcOf, textOf, toPage, valueText, type Page } from './dom';
import { afterLabel } from './labels';
import { agree, readMoney, sameMoney } from './money';
import { readCharges } from './read-charges';
import { toReading } from './reading';
import { DETAIL as S } from './selectors';
import { returnWindowEnd, shipmentFacts } from './shipments';
import { amazonOrderIdFromUrl } from './urls';
import { dateFrom, idFrom, quantityFrom } from './values';

/**
 * Reads an Amazon order-details page (2025–26 `data-component` layout: order-detail-en/-de). Returns
 * what the page shows and names the rest in `missing`; a page of another layout gives a reading with
 * at most the order number of its URL. Must not throw on any document (empty, truncated, another
 * site's page); `ctx.now` must be a valid Date (it becomes `readAt`).
 */
export function readAmazonOrder(doc: Document, ctx: ReadContext): OrderReading {
  const page = toPage(doc, ctx);
  const ordered = dateFrom(page, valueText(page, pick(doc, [S.orderDate])));
  const items = pickAll(doc, S.item);
  const shipments = pickAll(doc, S.shipment).map((box) => textOf(pick(box, S.shipmentStatus)));
  const { status, dates } = shipmentFacts(shipments, ordered);
  return toReading(page, {
    // Two witnesses: the URL's orderID and the number printed under "Order #". If they differ, neither is trusted.
    orderId: agree([amazonOrderIdFromUrl(ctx.url), idFrom(valueText(page, pick(doc, [S.orderId])))]),
    items: items.flatMap((el) => readItem(page, el)),
    ...readCharges(page),
    seller: agree(items.map((el) => sellerOf(page, el)), (a, b) => a.name === b.name && a.url === b.url),
    status,
    dates: {
      ordered,
      ...dates,
      returnWindowEnd: returnWindowEnd(items.map((el) => textOf(pick(el, [S.itemReturn]))), ordered),
    },
    paymentMethod: paymentOf(page),
  });
}

function readItem(page: Page, el: Element): OrderItem[] {
  const title = textOf(pick(el, [S.itemTitle]));
  if (title === undefined) return [];
  const prices = S.itemPrice.map((selector) => readMoney(page, valueText(page, pick(el, [selector]))));
  return [
    {
      title,
      // The badge is printed only for 2 or more (order-detail-en: "2" on the bottle, nothing on the lid).
      quantity: quantityFrom(valueText(page, pick(el, S.itemQuantity))) ?? 1,
      unitPrice: agree(prices, sameMoney),
      productUrl: hrefOf(page, pick(el, S.itemLink)),
      imageUrl: srcOf(page, pick(el, [S.itemImage])),
    },
  ].map(compactItem);
}

/** "Sold by: <a>Northwind Home Goods</a>" → name and seller page; "Verkauf durch: Amazon.de" → the name. */
function sellerOf(page: Page, item: Element): { name: string; url?: string } | undefined {
  const link = pick(item, [S.merchantLink]);
  const name = textOf(link) ?? afterLabel(textOf(pick(item, [S.merchant])), 'soldBy');
  const url = hrefOf(page, link);
  return name === undefined ? undefined : { name, ...(url ? { url } : {}) };
}

/** "Visa •••• 4242"; several instruments (gift card and card) joined by ", ". */
function paymentOf(page: Page): string | undefined {
  const methods = pickAll(page.doc, S.payment).flatMap((el) => valueText(page, el) ?? []);
  return methods.length > 0 ? methods.join(', ') : undefined;
}

function compactItem(item: OrderItem): OrderItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as OrderItem;
}
