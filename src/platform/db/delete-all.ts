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
  // Every request's promise rejects when the transaction is aborted below; the error that caused
  // the abort is the one to report, so the others are marked handled as they are made.
  const requests: Promise<unknown>[] = [];
  const track = <T>(request: Promise<T>): Promise<T> => {
    request.catch(() => {});
    requests.push(request);
    return request;
  };
  void track(tx.done);
  try {
    const orders = track(tx.objectStore('orders').count());
    const evidence = track(tx.objectStore('evidence').count());
    for (const store of STORES) void track(tx.objectStore(store).clear());
    await Promise.all(requests);
    return { orders: await orders, evidence: await evidence };
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
