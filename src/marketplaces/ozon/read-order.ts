import { foldText } from '../../core/parse/normalize-text';
import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { dateIn } from '../../core/parse/day-month';
import { estimatedDelivery, receivedDate } from './delivery';
import { readDetailItems } from './detail-items';
import { amountText, pickAll, textOf, toPage, valueText, type Page } from './dom';
import { agree, rubles, sameMoney } from './money';
import { toReading } from './reading';
import { DETAIL, STATE } from './selectors';
import { renderedStatus, toStatus } from './status';
import { ozonOrderIdFromUrl } from './urls';
import { listAt, textAt, widgetStates } from './widget-state';

/**
 * Reads an Ozon order-details page (/my/orderdetails/?order=…, order-detail.html): the number from the
 * URL (the page prints none), the date from the title "Заказ от 12 ноября", products and shipment status
 * from the `shipmentWidget` JSON with the rendered widget as second witness, the received date from the
 * status, and the total from the "Товары" sum. Seller, tracking and return deadline have no known place
 * (fixtures README, gaps) and are named missing. Must not throw on any document; `ctx.now` must be a
 * valid Date.
 */
export function readOzonOrder(doc: Document, ctx: ReadContext): OrderReading {
  const page = toPage(doc, ctx);
  const states = widgetStates(doc, STATE.shipment);
  const status = toStatus(statusText(page, states));
  return toReading(page, {
    orderId: ozonOrderIdFromUrl(ctx.url),
    items: readDetailItems(page, states),
    total: goodsTotal(page),
    status,
    dates: {
      ordered: orderDate(page),
      delivered: receivedDate(status?.text, ctx.now),
      estimatedDelivery: estimatedDelivery(states.flatMap(deliveryHints), status?.kind, ctx.now),
    },
  });
}

/**
 * The shipments' status, when every shipment and every rendered heading says the same: an order whose
 * parcels differ ("Получен …" and "В пути") has no one status.
 */
function statusText(page: Page, states: readonly unknown[]): string | undefined {
  const fromJson = states.map((state) => textAt(state, 'header', 0, 'textIcon', 'text', 'text'));
  const rendered = pickAll(page.doc, DETAIL.status).map((el) => renderedStatus(valueText(page, el))?.text);
  return agree([...fromJson, ...rendered]);
}

/** The texts of a shipment's headers other than its status: where the JSON puts delivery dates. */
function deliveryHints(state: unknown): (string | undefined)[] {
  return listAt(state, 20, 'header').flatMap((header, i) => [
    ...(i === 0 ? [] : [textAt(header, 'textIcon', 'text', 'text')]),
    textAt(header, 'subtitle', 'text'),
    textAt(header, 'description', 'text'),
  ]);
}

/** "Заказ от 12 ноября" (year from `now`, day-month.ts), "Заказ от 05.07.2023". */
function orderDate(page: Page) {
  const dates = pickAll(page.doc, DETAIL.title).map((el) => {
    const title = valueText(page, el);
    const after = title === undefined ? undefined : /^заказ(?: .*)? от (.+)$/u.exec(foldText(title))?.[1];
    return after === undefined ? undefined : dateIn(after, page.ctx.now, 'past');
  });
  return agree(dates);
}

/**
 * The order sum: the "₽" amount beside a "Товары" label (OzonParser `_parse_order_total`). The label's
 * own element must hold only that word, and the amount must be the next element's whole text.
 */
export function goodsTotal(page: Page) {
  return agree(goodsTotalElements(page).map((el) => rubles(amountText(el))), sameMoney);
}

export function goodsTotalElements(page: Pick<Page, 'doc'>): Element[] {
  const body = page.doc.body as HTMLElement | null;
  if (!body) return [];
  return [...body.querySelectorAll('*')].flatMap((el) => {
    if (el.childElementCount > 0 || !/^товары:?$/u.test(foldText(textOf(el) ?? ''))) return [];
    const value = el.nextElementSibling;
    return value ? [value] : [];
  });
}
