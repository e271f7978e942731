import { findOrders, type FoundOrder } from './find-orders';
import { readJsonLd } from './json-ld';
import { readMicrodata } from './microdata';
import { text } from './schema-values';

/**
 * The page's schema.org Orders from JSON-LD first, then microdata. A page that carries the same
 * order in both (an email with both encodings) yields it once: the JSON-LD one, with the
 * deliveries of both.
 */
export function structuredOrders(doc: Document): FoundOrder[] {
  const orders: FoundOrder[] = [];
  const byNumber = new Map<string, FoundOrder>();
  for (const found of findOrders([...readJsonLd(doc), ...readMicrodata(doc)])) {
    const number = text(found.order.orderNumber);
    const same = number === undefined ? undefined : byNumber.get(number);
    if (same !== undefined) {
      same.deliveries.push(...found.deliveries.filter((d) => !same.deliveries.includes(d)));
      continue;
    }
    if (number !== undefined) byNumber.set(number, found);
    orders.push(found);
  }
  return orders;
}

/**
 * The one order a detail page is about: the only one, or among several the only one whose number
 * is in the page's URL. Undefined when that cannot be told — guessing would pin the wrong order.
 */
export function theOrder(orders: readonly FoundOrder[], url: URL): FoundOrder | undefined {
  if (orders.length === 1) return orders[0];
  const inUrl = orders.filter((o) => {
    const number = text(o.order.orderNumber);
    return number !== undefined && number.length >= 4 && url.href.includes(number);
  });
  return inUrl.length === 1 ? inUrl[0] : undefined;
}
