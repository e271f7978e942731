import { orderKey, type Order, type OrderReading } from '../../model/order';
import { missingFields } from './missing-fields';

/**
 * Folds a new reading of an order into what is stored. A list page shows less than a detail page,
 * so a fact the new reading lacks keeps its stored value; a fact it has replaces the old one (the
 * page is newer). The user's own choices (tracked, resolved) are never touched by a reading.
 */
export function mergeReading(stored: Order | null, reading: OrderReading & { orderId: string }, now: Date): Order {
  const dates = { ...stored?.dates, ...definedOnly(reading.dates) };
  const merged = {
    ...stored,
    ...definedOnly(reading),
    items: reading.items.length > 0 ? reading.items : (stored?.items ?? []),
    tracking: mergeTracking(stored?.tracking ?? [], reading.tracking),
    dates,
    key: orderKey(reading.marketplace, reading.orderId),
    tracked: stored?.tracked ?? true,
    updatedAt: now.toISOString(),
  } as Order;
  // A page reading wins over a manual entry of the same order: the page is the evidence.
  merged.source = stored?.source === 'page' || reading.source === 'page' ? 'page' : 'manual';
  merged.missing = missingFields(merged, [...new Set([...reading.missing, ...missingFields(merged)])]);
  return merged;
}

function mergeTracking(a: Order['tracking'], b: Order['tracking']): Order['tracking'] {
  const byNumber = new Map(a.map((t) => [t.number, t]));
  for (const t of b) byNumber.set(t.number, { ...byNumber.get(t.number), ...t });
  return [...byNumber.values()];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
