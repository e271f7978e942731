import { orderSchema, type Order } from '../../model/order';
import type { BrokenRecord } from './errors';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';
import { keyField, parseRows } from './parse-rows';

/** Stores an order (validated first: an invalid order is refused, never written). */
export async function putOrder(db: ClaimKitDatabase, order: Order): Promise<void> {
  const valid = orderSchema.parse(order);
  try {
    await db.put('orders', valid);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The stored order, or null when absent or broken. */
export async function getOrder(db: ClaimKitDatabase, key: string): Promise<Order | null> {
  const parsed = orderSchema.safeParse(await db.get('orders', key));
  return parsed.success ? parsed.data : null;
}

/** Every stored order, most recently updated first; broken rows are named, not thrown. */
export async function listOrders(db: ClaimKitDatabase): Promise<{ orders: Order[]; broken: BrokenRecord[] }> {
  const rows = await db.getAllFromIndex('orders', 'by-updated');
  const { records, broken } = parseRows('orders', orderSchema, rows.reverse(), keyField('key'));
  return { orders: records, broken };
}
