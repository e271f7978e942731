import { custodyEntrySchema, type CustodyEntry } from '../../model/custody';
import type { BrokenRecord } from './errors';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';

/** The custody log of evidence with no order: its case key. */
export const UNASSIGNED_CASE = 'unassigned';

/** The case an item's log lines go to: its order, or the unassigned case. */
export function caseKeyOf(orderKey: string | null): string {
  return orderKey ?? UNASSIGNED_CASE;
}

/**
 * A case's log, oldest first, each line parsed with its schema. A broken row is named in `broken`
 * and left out; the chain check (core verifyLog) then reports the gap it leaves, so a damaged log
 * is never silently shown as whole.
 */
export async function readCustodyLog(db: ClaimKitDatabase, caseKey: string): Promise<{ log: CustodyEntry[]; broken: BrokenRecord[] }> {
  // [caseKey, -∞ … +∞]: every seq of this case and no other (array keys compare element by element).
  const rows = await db.getAll('custody', IDBKeyRange.bound([caseKey, -Infinity], [caseKey, Infinity]));
  const log: CustodyEntry[] = [];
  const broken: BrokenRecord[] = [];
  for (const row of rows) {
    const parsed = custodyEntrySchema.safeParse(row);
    if (parsed.success) log.push(parsed.data);
    else broken.push({ store: 'custody', key: `${caseKey}#${seqOf(row)}`, reason: parsed.error.issues[0]?.message ?? 'invalid line' });
  }
  return { log, broken };
}

/** Every case key that has a log. */
export async function listCustodyCases(db: ClaimKitDatabase): Promise<string[]> {
  const keys = await db.getAllKeys('custody');
  return [...new Set(keys.map(([caseKey]) => caseKey))];
}

/**
 * Appends lines, already chained by core appendEvent (hash them BEFORE calling: nothing but these
 * IDB requests is awaited here), all or none in one transaction. Returns false when a seq is
 * already taken — another context appended first — so the caller re-reads the log and chains
 * again; lines are never overwritten. Throws StorageFullError when storage is full (nothing written).
 */
export function addCustodyEntries(db: ClaimKitDatabase, caseKey: string, entries: readonly CustodyEntry[]): Promise<boolean> {
  return addCustodyEntriesToCases(db, [{ caseKey, entries }]);
}

/** addCustodyEntries for several cases at once: every line of every case, or none (one transaction). */
export async function addCustodyEntriesToCases(db: ClaimKitDatabase, batches: readonly { caseKey: string; entries: readonly CustodyEntry[] }[]): Promise<boolean> {
  const rows = batches.flatMap(({ caseKey, entries }) => entries.map((entry) => ({ ...custodyEntrySchema.parse(entry), caseKey })));
  const tx = db.transaction('custody', 'readwrite');
  const pending = [...rows.map((row) => tx.store.add(row)), tx.done];
  const results = await Promise.allSettled(pending);
  const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (errors.length === 0) return true;
  if (errors.some((error) => error instanceof DOMException && error.name === 'ConstraintError')) return false;
  throw toStorageError(errors.find((error) => !(error instanceof DOMException && error.name === 'AbortError')) ?? errors[0]);
}

function seqOf(row: unknown): string {
  const seq = row && typeof row === 'object' ? (row as { seq?: unknown }).seq : undefined;
  return typeof seq === 'number' ? String(seq) : '?';
}
