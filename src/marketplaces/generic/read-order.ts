import type { PageKind } from '../../model/marketplace';
import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { buildReading } from './build-reading';
import { readLabelledFacts } from './read-labels';
import { orderFacts, type OrderFacts } from './schema-order';
import { structuredOrders, theOrder } from './structured-orders';

const NOTHING: OrderFacts = { items: [], dates: {}, tracking: [] };

/**
 * Reads an order from any shop's page: the schema.org Order in its JSON-LD or microdata if there
 * is one, with the gaps (order number, order date, total) filled from labelled text ("Order #",
 * «Номер заказа», "Bestellnummer" … see labels.ts). Label facts are not mixed into a structured
 * order whose number differs from the labelled one: they would be another order's facts.
 * Never throws on a strange page; what was not found is listed in `missing`.
 */
export function readGenericOrder(doc: Document, ctx: ReadContext): OrderReading {
  const found = theOrder(structuredOrders(doc), ctx.url);
  const facts = found === undefined ? NOTHING : orderFacts(found, ctx.url);
  const labelled = readLabelledFacts(doc);
  const sameOrder = facts.orderId === undefined || labelled.orderId === undefined || facts.orderId === labelled.orderId;
  if (!sameOrder) return buildReading(facts, ctx);
  return buildReading(
    {
      ...facts,
      orderId: facts.orderId ?? labelled.orderId,
      total: facts.total ?? labelled.total,
      dates: { ...facts.dates, ordered: facts.dates.ordered ?? labelled.orderDate },
    },
    ctx,
  );
}

/** Every structured order when the page holds several (an invoice, an order history with markup); else none. */
export function readGenericOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const orders = structuredOrders(doc);
  return orders.length < 2 ? [] : orders.map((found) => buildReading(orderFacts(found, ctx.url), ctx));
}

/**
 * 'order-list' for several structured orders, 'order-detail' for one, or for a page whose labels
 * name exactly one order number; 'other' otherwise (a product page, a list without markup).
 */
export function genericPageKind(_url: URL, doc: Document): PageKind {
  const orders = structuredOrders(doc).length;
  if (orders >= 2) return 'order-list';
  if (orders === 1 || readLabelledFacts(doc).orderId !== undefined) return 'order-detail';
  return 'other';
}
