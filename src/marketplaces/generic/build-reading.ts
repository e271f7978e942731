import { missingFields } from '../../core/order/missing-fields';
import { orderDatesSchema, orderItemSchema, orderReadingSchema, type OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import type { OrderFacts } from './schema-order';

const shape = orderReadingSchema.shape;

/**
 * A reading from facts, keeping only the parts that satisfy the model's schema: an item without a
 * usable title or a date the schema refuses is dropped, so one bad value in a page's markup costs
 * that value, never the whole reading. Undefined fields are left out, not written as `undefined`.
 */
export function buildReading(facts: OrderFacts, ctx: ReadContext): OrderReading {
  const dates: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts.dates)) {
    const cleaned: unknown = typeof value === 'object' ? compact(value) : value;
    if (cleaned !== undefined && validDate(key, cleaned)) dates[key] = cleaned;
  }
  const reading: Omit<OrderReading, 'missing'> = {
    marketplace: 'generic',
    url: ctx.url.href,
    items: facts.items.map(compact).filter((item) => orderItemSchema.safeParse(item).success),
    dates,
    tracking: facts.tracking.map(compact).filter((t) => shape.tracking.element.safeParse(t).success),
    readAt: ctx.now.toISOString(),
    source: 'page',
  };
  if (facts.orderId !== undefined && shape.orderId.safeParse(facts.orderId).success) reading.orderId = facts.orderId;
  if (facts.total !== undefined && shape.total.safeParse(facts.total).success) reading.total = facts.total;
  if (facts.seller !== undefined && shape.seller.safeParse(facts.seller).success) reading.seller = compact(facts.seller);
  if (facts.status !== undefined && shape.status.safeParse(facts.status).success) reading.status = facts.status;
  if (facts.paymentMethod !== undefined) reading.paymentMethod = facts.paymentMethod;
  return { ...reading, missing: missingFields(reading) };
}

function validDate(key: string, value: unknown): boolean {
  const schemas: Record<string, { safeParse(v: unknown): { success: boolean } }> = orderDatesSchema.shape;
  return Object.hasOwn(schemas, key) && schemas[key]?.safeParse(value).success === true;
}

/** The object without its undefined-valued keys (so stored readings and test diffs stay clean). */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
