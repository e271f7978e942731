import type { OrderField, OrderReading } from '../../model/order';

/**
 * The complaint-relevant facts an order still lacks. Derived, so a merged order never carries a
 * stale `missing` list. `protection` and `tracking` only count where the marketplace shows them.
 */
export function missingFields(order: Omit<OrderReading, 'missing'>, expected: readonly OrderField[] = DEFAULT_EXPECTED): OrderField[] {
  const has: Record<OrderField, boolean> = {
    orderId: Boolean(order.orderId),
    items: order.items.length > 0,
    total: order.total !== undefined,
    seller: order.seller !== undefined,
    status: order.status !== undefined,
    orderDate: order.dates.ordered !== undefined,
    tracking: order.tracking.length > 0,
    protection: order.protection !== undefined || order.dates.protectionEnd !== undefined,
  };
  return expected.filter((field) => !has[field]);
}

export const DEFAULT_EXPECTED: readonly OrderField[] = ['orderId', 'items', 'total', 'seller', 'status', 'orderDate'];
