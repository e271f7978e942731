import { normalizeStatus } from '../../core/parse/normalize-status';
import type { StatusKind } from '../../model/order';
import { localName, text } from './schema-values';

/**
 * schema.org's OrderStatus enumeration (https://schema.org/OrderStatus) in our status kinds.
 * OrderPickupAvailable counts as delivered, as «готов к выдаче» does in normalize-status.ts: the
 * parcel has arrived where the buyer collects it. OrderProblem and OrderReturned say nothing certain
 * about money or goods (a problem is not a dispute; a return is not yet a refund), so they stay unknown.
 */
const ORDER_STATUS = new Map<string, StatusKind>(Object.entries({
  OrderPaymentDue: 'awaiting-payment',
  OrderProcessing: 'processing',
  OrderInTransit: 'shipped',
  OrderPickupAvailable: 'delivered',
  OrderDelivered: 'delivered',
  OrderCancelled: 'cancelled',
  OrderProblem: 'unknown',
  OrderReturned: 'unknown',
} satisfies Record<string, StatusKind>));

/**
 * An orderStatus value — an enumeration IRI ("http://schema.org/OrderInTransit"), its short form,
 * or free text a shop wrote ("Versandt") — as the status shown to the user. The text is the
 * enumeration member's name or the shop's own words.
 */
export function schemaStatus(value: unknown): { text: string; kind: StatusKind } | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const name = localName(raw);
  const kind = ORDER_STATUS.get(name);
  return kind === undefined ? { text: raw, kind: normalizeStatus(raw) } : { text: name, kind };
}
