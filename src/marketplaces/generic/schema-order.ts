import type { OrderItem, OrderReading } from '../../model/order';
import type { FoundOrder } from './find-orders';
import { schemaStatus } from './order-status';
import { isType, localName, nameOf, nodes, schemaDate, schemaDay, schemaMoney, text, webUrl, type SchemaNode } from './schema-values';

/** The facts a reading is built from; the reader adds marketplace, url, time and `missing`. */
export type OrderFacts = Pick<OrderReading, 'orderId' | 'items' | 'total' | 'seller' | 'status' | 'dates' | 'tracking' | 'paymentMethod'>;

/**
 * The facts of one schema.org Order (https://schema.org/Order) as Google's Gmail order and parcel
 * markup and schema.org's own examples write them: orderNumber, orderDate, orderStatus,
 * price/priceCurrency (or priceSpecification), seller (or the older merchant), acceptedOffer
 * (itemOffered name/url/image, price, eligibleQuantity) or orderedItem (OrderItem with orderQuantity,
 * or a Product), and from its ParcelDeliveries trackingNumber, carrier/provider and expected arrival.
 */
export function orderFacts({ order, deliveries }: FoundOrder, base: URL): OrderFacts {
  const orderNumber = text(order.orderNumber);
  const facts: OrderFacts = {
    // Unrendered templates ("{{order.number}}") are not order numbers.
    orderId: orderNumber !== undefined && orderNumber.length <= 100 && !/[{}<>]/.test(orderNumber) ? orderNumber : undefined,
    items: itemsOf(order, deliveries, base),
    total: orderTotal(order),
    seller: sellerOf(order, base),
    status: schemaStatus(order.orderStatus),
    dates: { ordered: schemaDate(order.orderDate), estimatedDelivery: arrival(deliveries) },
    tracking: trackingOf(deliveries),
    paymentMethod: paymentOf(order.paymentMethod),
  };
  return facts;
}

function orderTotal(order: SchemaNode) {
  const direct = schemaMoney(order.price, order.priceCurrency);
  if (direct !== undefined) return direct;
  for (const spec of nodes(order.priceSpecification)) {
    const money = schemaMoney(spec.price, spec.priceCurrency ?? order.priceCurrency);
    if (money !== undefined) return money;
  }
  return undefined;
}

function itemsOf(order: SchemaNode, deliveries: readonly SchemaNode[], base: URL): OrderItem[] {
  const offered = nodes(order.acceptedOffer).flatMap((offer) => {
    const product = nodes(offer.itemOffered)[0];
    const spec = nodes(offer.priceSpecification)[0];
    const unitPrice = schemaMoney(offer.price, offer.priceCurrency) ?? schemaMoney(spec?.price, spec?.priceCurrency);
    return item(product ?? offer, offer.eligibleQuantity, unitPrice, base);
  });
  if (offered.length > 0) return offered;
  const ordered = nodes(order.orderedItem).flatMap((line) =>
    isType(line, 'OrderItem') ? item(nodes(line.orderedItem)[0], line.orderQuantity, undefined, base) : item(line, undefined, undefined, base),
  );
  if (ordered.length > 0) return ordered;
  return deliveries.flatMap((d) => nodes(d.itemShipped)).flatMap((product) => item(product, undefined, undefined, base));
}

function item(product: SchemaNode | undefined, quantity: unknown, unitPrice: OrderItem['unitPrice'], base: URL): OrderItem[] {
  const title = product === undefined ? undefined : text(product.name);
  if (product === undefined || title === undefined) return [];
  return [{ title, quantity: count(quantity), unitPrice, productUrl: webUrl(product.url, base), imageUrl: webUrl(product.image, base) }];
}

/** eligibleQuantity/orderQuantity: a number or a QuantitativeValue. Absent or unusable means one (schema.org's default). */
function count(value: unknown): number {
  const raw = nodes(value)[0]?.value ?? value;
  const n = Number(text(raw));
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

function sellerOf(order: SchemaNode, base: URL): OrderFacts['seller'] {
  // `seller` supersedes `merchant`; offers' sellers only count when they all agree.
  for (const party of [order.seller, order.merchant]) {
    const name = nameOf(party);
    if (name !== undefined) return { name, url: webUrl(nodes(party)[0]?.url, base) };
  }
  const names = new Set(nodes(order.acceptedOffer).map((offer) => nameOf(offer.seller)));
  const [only] = names;
  return names.size === 1 && only !== undefined ? { name: only } : undefined;
}

function trackingOf(deliveries: readonly SchemaNode[]): OrderFacts['tracking'] {
  const tracking: OrderFacts['tracking'] = [];
  for (const delivery of deliveries) {
    const number = text(delivery.trackingNumber);
    if (number === undefined || number.length > 60 || tracking.some((t) => t.number === number)) continue;
    // `provider` supersedes `carrier` in schema.org; Gmail's markup still writes `carrier`.
    tracking.push({ number, carrier: nameOf(delivery.provider) ?? nameOf(delivery.carrier) });
  }
  return tracking;
}

/** The window all deliveries are expected in: earliest `expectedArrivalFrom`, latest `expectedArrivalUntil`. */
function arrival(deliveries: readonly SchemaNode[]): OrderFacts['dates']['estimatedDelivery'] {
  const froms = deliveries.map((d) => schemaDay(d.expectedArrivalFrom)).filter((d) => d !== undefined).sort();
  const untils = deliveries.map((d) => schemaDay(d.expectedArrivalUntil)).filter((d) => d !== undefined).sort();
  if (froms.length === 0 && untils.length === 0) return undefined;
  return { from: froms[0], to: untils.at(-1) };
}

/** "http://schema.org/CreditCard" → "CreditCard"; "http://purl.org/goodrelations/v1#ByInvoice" → "ByInvoice". */
function paymentOf(value: unknown): string | undefined {
  const raw = nameOf(value);
  if (raw === undefined) return undefined;
  const name = localName(raw);
  if (!/^https?:\/\//.test(name)) return name;
  const last = name.split(/[/#]/).at(-1);
  return last === undefined || last === '' ? undefined : last;
}
