import { evidenceSchema, type Evidence } from '../../model/evidence';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';

/** What may change about an item after it is stored: never its bytes or what they are. */
export type EvidenceEdit = Partial<Pick<Evidence, 'note' | 'orderKey'>>;

/**
 * Changes an item's note or order without rewriting its bytes (a video can be hundreds of MB).
 * Reads and writes in one transaction. Returns the updated record, or null when the item is gone
 * or its stored record is broken (nothing is written then). Throws StorageFullError on a full disk.
 */
export async function editEvidence(db: ClaimKitDatabase, id: string, edit: EvidenceEdit): Promise<Evidence | null> {
  const tx = db.transaction('evidence', 'readwrite');
  try {
    const current = evidenceSchema.safeParse(await tx.store.get(id));
    if (!current.success) {
      await tx.done;
      return null;
    }
    const next = evidenceSchema.parse({ ...current.data, ...edit });
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  } catch (error) {
    await tx.done.catch(() => undefined);
    throw toStorageError(error);
  }
}

/** One item's metadata, or null when absent or broken. */
export async function getEvidence(db: ClaimKitDatabase, id: string): Promise<Evidence | null> {
  const parsed = evidenceSchema.safeParse(await db.get('evidence', id));
  return parsed.success ? parsed.data : null;
}
