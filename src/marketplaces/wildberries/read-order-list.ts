import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { dateIn } from '../../core/parse/day-month';
import { absoluteUrl, amountText, isCutOff, pickAll, textOf, toPage, valueText, type Page } from '../page-dom';
import { rubles } from '../../core/parse/rubles';
import { toReading, type Facts } from './reading';
import { ARCHIVE } from './selectors';
import { toStatus } from './status';
import { isWildberriesHost } from './urls';

/**
 * One reading per purchased position on the Wildberries archive (/lk/myorders/archive,
 * order-list-archive.html): the product, its price, size and picture, the order and receipt dates and
 * the status. The page shows no order number, order total or seller (README), so every reading names
 * those missing; a position is one product, so its quantity is 1. Dates without a year take `now`'s
 * year and are never after today (core/parse/day-month.ts, the same rule for both Russian marketplaces).
 * Must not throw on any document.
 */
export function readWildberriesOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  return pickAll(doc, ARCHIVE.item).map((el) => toReading(page, readPosition(page, el)));
}

function readPosition(page: Page, el: Element): Facts {
  const { now } = page.ctx;
  return {
    items: readItem(page, el),
    status: statusOf(page, el.querySelector(ARCHIVE.status)),
    dates: {
      ordered: dateIn(valueText(page, el.querySelector(ARCHIVE.orderDate)), now, 'past'),
      delivered: dateIn(valueText(page, el.querySelectorAll(ARCHIVE.receiveDate)[1]), now, 'past'),
    },
  };
}

/**
 * The status words. A page cut off inside them ("Выкупле") is refused like any cut value, except when the
 * words left are a whole known status: the status closes the card, so a page saved without its footer
 * ends in one (order-list-archive.html ends in "Выкуплен").
 */
function statusOf(page: Page, el: Element | null) {
  const status = toStatus(textOf(el));
  return el && isCutOff(page, el) && status?.kind === 'unknown' ? undefined : status;
}

// Image URLs are absolute (basket-NN.wbbasket.ru); a relative one is WB's own, also on a page saved to disk.
const WILDBERRIES = new URL('https://www.wildberries.ru/');

function readItem(page: Page, el: Element): OrderItem[] {
  const title = textOf(el.querySelector(ARCHIVE.name));
  if (title === undefined) return [];
  return [
    {
      title,
      variant: textOf(el.querySelector(ARCHIVE.size)),
      quantity: 1,
      unitPrice: rubles(amountText(el.querySelector(ARCHIVE.price))),
      imageUrl: absoluteUrl(el.querySelector(ARCHIVE.image)?.getAttribute('src'), isWildberriesHost(page.ctx.url.hostname) ? page.ctx.url : WILDBERRIES),
    },
  ];
}
