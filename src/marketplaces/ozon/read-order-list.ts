import type { Money } from '../../model/money';
import type { OrderItem, OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { estimatedDelivery, receivedDate } from './delivery';
import { absoluteUrl, amountText, pickAll, toPage, valueText, type Page } from './dom';
import { agree, rubles, sameMoney } from './money';
import { toReading, type Facts } from './reading';
import { LIST, STATE } from './selectors';
import { renderedStatus, toStatus } from './status';
import { isOzonHost, ozonOrderIdFromUrl } from './urls';
import { countAt, listAt, textAt, widgetStates } from './widget-state';

/** One order as one witness (the `orderList` JSON, or a rendered card) shows it. */
interface Card {
  orderId?: string;
  url?: string;
  status?: string;
  total?: Money;
  hints: (string | undefined)[];
  items: OrderItem[];
}

// A list state holds the orders loaded so far; a person has hundreds at most.
const MAX_ORDERS = 1000;
const MAX_PRODUCTS = 200;

/**
 * One reading per order on the Ozon order list (/my/orderlist, order-list.html). The `orderList` JSON
 * (`ordersV2[]`, ozon-order-excel-exporter) gives the orders and their products; each rendered card
 * with the same order number is a second witness for status, sum and delivery estimate. Rendered cards
 * the JSON lacks (orders loaded later by scrolling) are read alone, but only with an order number;
 * without any JSON every card is read alone. The list prints no order date or seller. Must not throw.
 */
export function readOzonOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  // Two states may list the same order (pages loaded one after another): the first one counts.
  const json = unique(
    widgetStates(doc, STATE.orderList).flatMap((state) => listAt(state, MAX_ORDERS, 'ordersV2').map((order) => jsonCard(page, order))),
  );
  const rendered = renderedCards(page);
  const known = new Set(json.map((card) => card.orderId).filter((id) => id !== undefined));
  const cards: Card[][] =
    json.length === 0
      ? rendered.map((card) => [card])
      : [
          ...json.map((card) => [card, ...rendered.filter((r) => r.orderId !== undefined && r.orderId === card.orderId)]),
          ...unique(rendered.filter((r) => r.orderId !== undefined && !known.has(r.orderId))).map((card) => [card]),
        ];
  return cards.map((witnesses) => toReading(page, merge(witnesses, ctx.now)));
}

function merge(witnesses: Card[], now: Date): Facts {
  const status = toStatus(agree(witnesses.map((c) => c.status)));
  return {
    orderId: agree(witnesses.map((c) => c.orderId)),
    url: witnesses.map((c) => c.url).find((url) => url !== undefined),
    items: witnesses[0]?.items ?? [],
    total: agree(witnesses.map((c) => c.total), sameMoney),
    status,
    dates: {
      delivered: receivedDate(status?.text, now),
      estimatedDelivery: estimatedDelivery(witnesses.flatMap((c) => c.hints), status?.kind, now),
    },
  };
}

function jsonCard(page: Page, order: unknown): Card {
  const link = detailLink(page, textAt(order, 'leftBlock', 'common', 'action', 'link'));
  // Every cell with a price is a witness for the sum; two different amounts leave it out.
  const sums = listAt(order, 20, 'leftBlock', 'cellList', 'cells').map((cell) => textAt(cell, 'dsCell', 'rightBlock', 'price', 'price', 0, 'text'));
  return {
    ...link,
    status: textAt(order, 'leftBlock', 'textIcon', 'text', 'text'),
    total: agree(sums.filter((s) => s !== undefined).map(rubles), sameMoney),
    hints: [textAt(order, 'leftBlock', 'subtitle', 'text')],
    items: listAt(order, MAX_PRODUCTS, 'rightBlock', 'products', 'products').flatMap(jsonItem),
  };
}

const OZON = new URL('https://www.ozon.ru/');

function jsonItem(product: unknown): OrderItem[] {
  const title = textAt(product, 'title', 'name', 'text');
  if (title === undefined) return [];
  return [
    {
      title,
      // The model needs a count; every order in the exporter's fixtures carries one.
      quantity: countAt(product, 'addToCartButton', 'action', 'quantity') ?? 1,
      unitPrice: rubles(textAt(product, 'price', 'price', 0, 'text')),
      imageUrl: absoluteUrl(textAt(product, 'image', 'productMedia', 'image', 'url'), OZON),
    },
  ];
}

/**
 * The rendered cards: each child of the `orderList` widget (SilveIT/Userscripts) that links an order or
 * shows a status; other children (a heading, a "show more" button) are not orders.
 */
function renderedCards(page: Page): Card[] {
  return pickAll(page.doc, LIST.widget)
    .flatMap((widget) => [...widget.children])
    .flatMap((card) => {
      const links = pickAll(card, LIST.detailLink).map((a) => detailLink(page, a.getAttribute('href')));
      const status = agree(pickAll(card, LIST.status).map((el) => renderedStatus(valueText(page, el))?.text));
      if (links.length === 0 && status === undefined) return [];
      const sums = pickAll(card, LIST.amount).map((el) => rubles(amountText(el)));
      return [
        {
          orderId: agree(links.map((l) => l.orderId)),
          url: links.map((l) => l.url).find((url) => url !== undefined),
          status,
          total: agree(sums, sameMoney),
          hints: pickAll(card, LIST.deliveryHint).map((el) => valueText(page, el)),
          items: [],
        },
      ];
    });
}

/** An order-details link on Ozon, with its order number; anything else (another site, a composer action) is neither. */
function detailLink(page: Page, raw: string | null | undefined): { orderId?: string; url?: string } {
  // Relative links are Ozon's own, also on a page saved to disk and opened from there.
  const href = absoluteUrl(raw, isOzonHost(page.ctx.url.hostname) ? page.ctx.url : OZON);
  if (href === undefined) return {};
  const orderId = ozonOrderIdFromUrl(new URL(href));
  return orderId === undefined ? {} : { orderId, url: href };
}

/** The cards with the first of each order number (cards without one are all kept). */
function unique(cards: Card[]): Card[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    if (card.orderId === undefined) return true;
    if (seen.has(card.orderId)) return false;
    seen.add(card.orderId);
    return true;
  });
}
