import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { hrefOf, pick, pickAll, srcOf, textOf, toPage, valueText, type Page } from './dom';
import { isLabel, type LabelField } from './labels';
import { agree, readMoney } from './money';
import { toReading, type Facts } from './reading';
import { LIST as S } from './selectors';
import { returnWindowEnd, shipmentFacts } from './shipments';
import { dateFrom, idFrom, idFromHref, quantityFrom } from './values';

/**
 * One reading per order card on an Amazon "Your Orders" page (order-list-en/-de); each card's `url` is
 * its "View order details" link (the list page's URL when the card has none). Cards with nothing
 * readable are still returned, with everything in `missing`. Must not throw on any document.
 */
export function readAmazonOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  return pickAll(doc, S.card).map((card) => toReading(page, readCard(page, card)));
}

function readCard(page: Page, card: Element): Facts {
  const detailUrl = hrefOf(page, pick(card, [S.detailLink]));
  const ordered = dateFrom(page, header(page, card, 'orderDate'));
  const shipments = pickAll(card, S.shipment).map((box) => textOf(pick(box, S.shipmentStatus)));
  const { status, dates } = shipmentFacts(shipments, ordered);
  const items = pickAll(card, S.item);
  return {
    // Two witnesses: the number under "Order #" and the detail link's orderID. If they differ, neither is trusted.
    orderId: agree([idFrom(valueText(page, pick(card, [S.orderId]))), idFromHref(detailUrl)]),
    url: detailUrl,
    items: items.flatMap((el) => readItem(page, el)),
    total: readMoney(page, header(page, card, 'listTotal')),
    status,
    dates: {
      ordered,
      ...dates,
      returnWindowEnd: returnWindowEnd(items.flatMap((el) => pickAll(el, S.itemNote).map(textOf)), ordered),
    },
  };
}

/** The value of the header cell labelled `field` ("Order placed" → "November 20, 2026"); every such cell must agree. */
function header(page: Page, card: Element, field: LabelField): string | undefined {
  const values = pickAll(card, S.headerItem)
    .filter((cell) => isLabel(textOf(pick(cell, [S.headerLabel])), field))
    .map((cell) => valueText(page, pick(cell, [S.headerValue])));
  return agree(values);
}

function readItem(page: Page, el: Element): OrderItem[] {
  const title = textOf(pick(el, [S.itemTitle]));
  if (title === undefined) return [];
  const productUrl = hrefOf(page, pick(el, S.itemLink));
  const imageUrl = srcOf(page, pick(el, [S.itemImage]));
  // The badge is printed only for 2 or more (order-list-en: "2" on the bottle only).
  const quantity = quantityFrom(valueText(page, pick(el, [S.itemQuantity]))) ?? 1;
  return [{ title, quantity, ...(productUrl ? { productUrl } : {}), ...(imageUrl ? { imageUrl } : {}) }];
}
