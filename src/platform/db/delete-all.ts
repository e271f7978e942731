import type { ClaimKitDatabase } from './open';
import type { StoreName } from './schema';

const STORES: readonly StoreName[] = ['orders', 'evidence', 'blobs', 'meta', 'drafts', 'custody'];

/** How many records "delete everything" removed, for the confirmation the user reads. */
export interface DeletedCounts {
  orders: number;
  evidence: number;
}

/**
 * Deletes everything ClaimKit keeps (orders, evidence and its bytes, drafts, custody logs,
 * settings) in one transaction: if the browser stops half-way, nothing is deleted, never a part
 * that would leave evidence without its log or bytes without their record.
 */
export async function deleteAllData(db: ClaimKitDatabase): Promise<DeletedCounts> {
  const tx = db.transaction(STORES, 'readwrite');
  try {
    const [orders, evidence] = await Promise.all([tx.objectStore('orders').count(), tx.objectStore('evidence').count()]);
    await Promise.all(STORES.map((store) => tx.objectStore(store).clear()));
    await tx.done;
    return { orders, evidence };
  } catch (error) {
    // A transaction commits the requests already made unless it is aborted: a failure between two
    // clears would otherwise keep the first ones.
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser itself
    }
    throw error;
  }
}
