import { evidenceSchema, type Evidence } from '../../model/evidence';
import type { BrokenRecord } from './errors';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';
import { keyField, parseRows } from './parse-rows';

/**
 * Stores one evidence item: metadata and bytes in ONE transaction, so a failure (a full disk)
 * leaves neither. The caller hashes before calling: nothing but IDB requests is awaited here.
 */
export async function putEvidence(db: ClaimKitDatabase, meta: Evidence, blob: Blob): Promise<void> {
  const valid = evidenceSchema.parse(meta);
  if (valid.size !== blob.size) throw new Error(`evidence ${valid.id}: size ${valid.size} does not match the ${blob.size} bytes given`);
  const tx = db.transaction(['evidence', 'blobs'], 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    // Metadata first: if the bytes then fail (quota), the abort must take the metadata back too.
    pending.push(tx.objectStore('evidence').put(valid));
    pending.push(tx.objectStore('blobs').put({ id: valid.id, blob }));
    pending.push(tx.done);
    await Promise.all(pending);
  } catch (error) {
    for (const request of pending) request.catch(() => undefined); // aborted requests reject too
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw toStorageError(error);
  }
}

/** Evidence metadata (never the bytes), newest first; optionally of one order. */
export async function listEvidence(
  db: ClaimKitDatabase,
  filter: { orderKey?: string } = {},
): Promise<{ evidence: Evidence[]; broken: BrokenRecord[] }> {
  const rows =
    filter.orderKey === undefined
      ? await db.getAllFromIndex('evidence', 'by-captured')
      : await db.getAllFromIndex('evidence', 'by-order', filter.orderKey);
  const { records, broken } = parseRows('evidence', evidenceSchema, rows, keyField('id'));
  records.sort((a, b) => Date.parse(b.capturedAt) - Date.parse(a.capturedAt));
  return { evidence: records, broken };
}

export async function getEvidenceBlob(db: ClaimKitDatabase, id: string): Promise<Blob | null> {
  const row = await db.get('blobs', id);
  return row?.blob instanceof Blob ? row.blob : null;
}

/** Deletes metadata and bytes together. */
export async function deleteEvidence(db: ClaimKitDatabase, id: string): Promise<void> {
  const tx = db.transaction(['evidence', 'blobs'], 'readwrite');
  await Promise.all([tx.objectStore('evidence').delete(id), tx.objectStore('blobs').delete(id), tx.done]);
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failing request: nothing was committed either way.
  }
}
