import { sha256Hex } from '../core/evidence/hash';
import type { Evidence } from '../model/evidence';
import type { Order } from '../model/order';
import { caseKeyOf, UNASSIGNED_CASE } from '../platform/db/custody';
import { StorageFullError, type BrokenRecord } from '../platform/db/errors';
import { deleteEvidence, getEvidenceBlob, listEvidence, putEvidence } from '../platform/db/evidence';
import { editEvidence, getEvidence } from '../platform/db/evidence-edit';
import type { ClaimKitDatabase } from '../platform/db/open';
import { listOrders } from '../platform/db/orders';
import type { CustodyService } from './create-custody-service';
import { createLockerArchive, type ArchiveDeps } from './locker-archive';
import { createLockerStorage, type StorageEstimator } from './locker-storage';

export interface LockerServiceDeps extends Omit<ArchiveDeps, 'db' | 'custody' | 'listCases'> {
  db: ClaimKitDatabase;
  custody: CustodyService;
  newId: () => string;
  storage: StorageEstimator;
  /** Width and height of an image or video, decoded by the browser; null when it cannot. */
  mediaSize: (blob: Blob, mime: string) => Promise<{ width: number; height: number } | null>;
  /** How long a deleted item's bytes are kept in memory for Undo. */
  undoWindowMs?: number;
}

/** A case: an order's evidence, or the unassigned items (order null, key 'unassigned'). */
export interface LockerCase {
  key: string;
  order: Order | null;
  evidence: Evidence[];
}

/** A file from disk (a File is one). */
export interface DiskFile {
  name: string;
  type: string;
  size: number;
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Why a file was not added: the disk is full (StorageFullError), or any other error (its message in `reason`). */
export type AddFailure = { name: string; reason: string; code: 'storage-full' | 'error' };

/** Undo asked for after the window: the deleted bytes are no longer kept. Pages tell it by `name`. */
export class UndoExpiredError extends Error {
  override name = 'UndoExpiredError';
  constructor() {
    super('Too late to undo: the deleted item is no longer kept.');
  }
}

export const UNDO_WINDOW_MS = 10_000;
// Items younger than this may still be waiting for their 'captured' line from the background.
const RECONCILE_MIN_AGE_MS = 60_000;

/**
 * The evidence locker's use-cases: list cases, view, edit notes, move between cases, delete with
 * undo, add files from disk, storage, export and import. Every change is written to the custody
 * log of the case(s) it concerns. Runs in the locker page, against the same IndexedDB as the
 * background.
 */
export function createLockerService(deps: LockerServiceDeps) {
  const storage = createLockerStorage(deps.storage);
  const undoable = new Map<string, { meta: Evidence; blob: Blob; deletedAtSeq: number; timer: ReturnType<typeof setTimeout> }>();
  let reconciled = false;

  /**
   * Every stored order as a case (most recently updated first), then cases of evidence whose order
   * is not stored, then the unassigned case. On the first call the logs are reconciled with what
   * each case holds (see CustodyService.reconcile). Broken records are named, not thrown.
   */
  async function listCases(): Promise<{ cases: LockerCase[]; broken: BrokenRecord[] }> {
    const [{ orders, broken: brokenOrders }, { evidence, broken: brokenEvidence }] = await Promise.all([listOrders(deps.db), listEvidence(deps.db)]);
    const byCase = new Map<string, Evidence[]>();
    for (const item of evidence) byCase.set(caseKeyOf(item.orderKey), [...(byCase.get(caseKeyOf(item.orderKey)) ?? []), item]);
    const cases: LockerCase[] = orders.map((order) => ({ key: order.key, order, evidence: byCase.get(order.key) ?? [] }));
    const known = new Set(cases.map((c) => c.key));
    for (const [key, items] of byCase) if (!known.has(key) && key !== UNASSIGNED_CASE) cases.push({ key, order: null, evidence: items });
    cases.push({ key: UNASSIGNED_CASE, order: null, evidence: byCase.get(UNASSIGNED_CASE) ?? [] });
    if (!reconciled) {
      reconciled = true;
      for (const c of cases) await deps.custody.reconcile(c.key, c.evidence, RECONCILE_MIN_AGE_MS);
    }
    return { cases, broken: [...brokenOrders, ...brokenEvidence] };
  }

  // The details written in the log below are shown translated by the locker page
  // (src/ui/locker/custody-detail.ts, which reads them back): change both together.

  /** Changes an item's note; logs 'note-edited'. Null when the item is gone. */
  async function editNote(id: string, note: string): Promise<Evidence | null> {
    const before = await getEvidence(deps.db, id);
    if (!before || before.note === note) return before;
    const after = await editEvidence(deps.db, id, { note });
    if (after) await deps.custody.record(caseKeyOf(after.orderKey), { kind: 'note-edited', evidenceId: id, detail: `note now ${note.length} characters` });
    return after;
  }

  /** Moves an item to another order (null: unassigned); logs 'reassigned' in both cases. */
  async function reassign(id: string, orderKey: string | null): Promise<Evidence | null> {
    const before = await getEvidence(deps.db, id);
    if (!before || before.orderKey === orderKey) return before;
    const after = await editEvidence(deps.db, id, { orderKey });
    if (!after) return null;
    const [from, to] = [caseKeyOf(before.orderKey), caseKeyOf(orderKey)];
    await deps.custody.recordItem(from, { kind: 'reassigned', evidenceId: id, sha256: after.sha256, detail: `to ${to}` }, false);
    await deps.custody.recordItem(to, { kind: 'reassigned', evidenceId: id, sha256: after.sha256, detail: `from ${from}` }, true);
    return after;
  }

  /**
   * Deletes an item now (freeing its space, logging 'deleted' with its hash) and keeps its bytes in
   * this page's memory for `undoWindowMs`, so `undo` can put it back. Closing the page ends the
   * window: the item stays deleted, as the user asked. Returns false when the item is gone.
   */
  async function remove(id: string): Promise<boolean> {
    const meta = await getEvidence(deps.db, id);
    const stored = meta && (await getEvidenceBlob(deps.db, id));
    if (!meta || !stored) return false;
    // Copied into memory: a Blob read from IndexedDB may be backed by the row about to be deleted.
    const blob = new Blob([await stored.arrayBuffer()], { type: stored.type || meta.mime });
    await deleteEvidence(deps.db, id);
    // Kept before the log line is written: if writing it fails, Undo still has the bytes.
    const kept = { meta, blob, deletedAtSeq: -1, timer: setTimeout(() => undoable.delete(id), deps.undoWindowMs ?? UNDO_WINDOW_MS) };
    undoable.set(id, kept);
    const lines = await deps.custody.recordItem(caseKeyOf(meta.orderKey), { kind: 'deleted', evidenceId: id, sha256: meta.sha256, detail: describe(meta) }, false);
    kept.deletedAtSeq = lines[0]?.seq ?? -1;
    return true;
  }

  /** Puts a deleted item back, same id and bytes; logs it as 'imported' (restored). Throws after the window. */
  async function undo(id: string): Promise<Evidence> {
    const kept = undoable.get(id);
    if (!kept) throw new UndoExpiredError();
    await putEvidence(deps.db, kept.meta, kept.blob);
    clearTimeout(kept.timer);
    undoable.delete(id);
    const detail = `restored by Undo${kept.deletedAtSeq >= 0 ? ` of the deletion at line seq ${kept.deletedAtSeq}` : ''}`;
    await deps.custody.recordItem(caseKeyOf(kept.meta.orderKey), { kind: 'imported', evidenceId: id, sha256: kept.meta.sha256, detail }, true);
    return kept.meta;
  }

  /**
   * Adds the user's own files to a case, original bytes untouched, each hashed and logged as
   * 'imported'. Stops at a full disk (StorageFullError): the files before it are kept, the rest are
   * named in `failed`, nothing earlier is lost.
   */
  async function addFiles(files: readonly DiskFile[], orderKey: string | null): Promise<{ added: Evidence[]; failed: AddFailure[] }> {
    const added: Evidence[] = [];
    const failed: AddFailure[] = [];
    for (const [index, file] of files.entries()) {
      try {
        added.push(await addFile(file, orderKey));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (error instanceof StorageFullError) {
          failed.push(...files.slice(index).map((f) => ({ name: f.name, reason, code: 'storage-full' as const })));
          break;
        }
        failed.push({ name: file.name, reason, code: 'error' });
      }
    }
    return { added, failed };
  }

  async function addFile(file: DiskFile, orderKey: string | null): Promise<Evidence> {
    const bytes = await file.arrayBuffer();
    const mime = file.type || 'application/octet-stream';
    const blob = new Blob([bytes], { type: mime });
    const size = /^(image|video)\//.test(mime) ? await deps.mediaSize(blob, mime) : null;
    const meta: Evidence = {
      id: deps.newId(),
      orderKey,
      kind: 'file',
      mime,
      size: blob.size,
      sha256: await sha256Hex(bytes),
      capturedAt: deps.now().toISOString(),
      ...(size ?? {}),
      fileName: file.name || undefined,
      note: '',
    };
    await putEvidence(deps.db, meta, blob);
    const modified = file.lastModified ? `, file last modified ${new Date(file.lastModified).toISOString()}` : '';
    await deps.custody.recordItem(caseKeyOf(orderKey), { kind: 'imported', evidenceId: meta.id, sha256: meta.sha256, detail: `your file "${file.name}" from disk${modified}` }, true);
    return meta;
  }

  const archive = createLockerArchive({ ...deps, listCases });

  return {
    listCases,
    getBlob: (id: string) => getEvidenceBlob(deps.db, id),
    custodyLog: (caseKey: string) => deps.custody.read(caseKey),
    editNote,
    reassign,
    remove,
    undo,
    addFiles,
    storageInfo: storage.info,
    ensurePersisted: storage.ensurePersisted,
    warnBeforeAdding: storage.warnBeforeAdding,
    ...archive,
  };
}

export type LockerService = ReturnType<typeof createLockerService>;

function describe(meta: Evidence): string {
  return [meta.kind, meta.fileName].filter(Boolean).join(' ');
}
