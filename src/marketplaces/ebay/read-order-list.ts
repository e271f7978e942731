import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { readAspects } from './aspects';
import { hrefOf, outermost, pick, pickAll, srcOf, textOf, toPage, valueText, type Page } from './dom';
import { labelledValues } from './labelled';
import { isLabel, labelField } from './labels';
import { toReading, type Facts } from './reading';
import { LIST as S } from './selectors';
import { toStatus } from './status';
import { ebayOrderIdFrom, ebayOrderIdFromHref } from './urls';
import { agree, dateFrom, readMoney, sameMoney } from './values';

/**
 * One reading per `.m-order-card` on the purchase history (/mye/myebay/purchase, order-list-en); each
 * card's `url` is its "View order details" link (the list page's URL when the card has none). Cards
 * with nothing readable are still returned, with everything in `missing`. Must not throw on any document.
 */
export function readEbayOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  return outermost(pickAll(doc, S.card)).map((card) => toReading(page, readCard(page, card)));
}

function readCard(page: Page, card: Element): Facts {
  const detailUrl = hrefOf(page, detailLink(card));
  const value = (field: 'orderId' | 'orderDate' | 'total') => labelledValues(card, field).map((el) => valueText(page, el));
  return {
    // Two witnesses: the "Order number" span and the detail link's orderId. If they differ, neither is trusted.
    orderId: agree([...value('orderId').map((t) => ebayOrderIdFrom(t)), ebayOrderIdFromHref(detailUrl)]),
    url: detailUrl,
    items: outermost(pickAll(card, S.item)).flatMap((el) => readItem(page, el)),
    total: agree(value('total').map((t) => readMoney(t, page.locale)), sameMoney),
    status: toStatus(textOf(statusSpan(card))),
    dates: { ordered: agree(value('orderDate').map((t) => dateFrom(t, page.locale))) },
  };
}

/** The link to the order's details: by its path, else by its words "View order details". */
function detailLink(card: Element): Element | undefined {
  return pick(card, S.detailLink) ?? pickAll(card, S.link).find((a) => isLabel(textOf(a), 'viewDetails'));
}

/**
 * The status is the card's first `.primary__item--item-text` (Playwright scraper), outside the
 * labelled date/total/number block. A span that is a label or a labelled value is never the status,
 * so a damaged card does not report "Order date" as its status.
 */
function statusSpan(card: Element): Element | undefined {
  return pickAll(card, S.itemText).find((span) => {
    if (span.closest(S.secondary)) return false;
    if (labelField(textOf(span)) !== undefined) return false;
    return labelField(textOf(span.previousElementSibling)) === undefined;
  });
}

function readItem(page: Page, el: Element): OrderItem[] {
  const title = textOf(pick(el, S.itemTitle));
  if (title === undefined) return [];
  const aspects = readAspects(pickAll(el, S.itemAspect).flatMap((a) => textOf(a) ?? []));
  const quantity = aspects.quantity ?? 1;
  return [
    {
      title,
      variant: aspects.variant,
      quantity,
      // Whether the list prints a unit price or the line's total is not known (README): with more than
      // one unit the price is left out rather than guessed.
      unitPrice: quantity === 1 ? readMoney(valueText(page, pick(el, S.itemPrice)), page.locale) : undefined,
      imageUrl: srcOf(page, pick(el, S.itemImage)),
    },
  ];
}
