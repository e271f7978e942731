import type { CustodyEntry } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import type { Order } from '../../model/order';

/** A case as the locker shows it: an order's evidence, or the unassigned items (key 'unassigned'). */
export interface LockerCaseView {
  key: string;
  order: Order | null;
  evidence: Evidence[];
}

export interface ExportedZip {
  blob: Blob;
  fileName: string;
  items: number;
  ms: number;
}

export interface ImportOutcome {
  kind: 'case' | 'backup' | 'unknown';
  added: { caseKey: string; count: number }[];
  alreadyHad: number;
  /** Each problem the check found, in words (English, from core/evidence), naming the file in the ZIP and/or the log line. */
  problems: string[];
  /** Items imported as new because the locker has a different item with their id (file name, else id). */
  renamed: string[];
  /** Writing stopped at a full disk: what `added` counts was saved, the rest was not. */
  storageFull: boolean;
}

/** A file not added: 'storage-full' (the disk is full) or any other 'error', whose own words are `reason`. */
export interface AddFailure {
  name: string;
  reason: string;
  code: 'storage-full' | 'error';
}

/** How much room adding would leave (bytes), when it is little. */
export interface LowSpace {
  left: number;
  quota: number;
}

interface Named {
  store: string;
  key: string;
  reason: string;
}

/**
 * What the locker page needs, and nothing more. The UI does not import services (CONVENTIONS
 * dependency direction): the page's entrypoint passes the locker service, which has this shape.
 * Errors the page expects are told apart by `name` and shown in the page's language:
 * 'StorageFullError' (platform/db/errors.ts) and 'UndoExpiredError' (services/create-locker-service.ts).
 */
export interface LockerApi {
  listCases(): Promise<{ cases: LockerCaseView[]; broken: Named[] }>;
  getBlob(id: string): Promise<Blob | null>;
  custodyLog(caseKey: string): Promise<{ log: CustodyEntry[]; problems: { seq: number; problem: string }[]; broken: Named[] }>;
  editNote(id: string, note: string): Promise<Evidence | null>;
  reassign(id: string, orderKey: string | null): Promise<Evidence | null>;
  remove(id: string): Promise<boolean>;
  undo(id: string): Promise<Evidence>;
  addFiles(files: readonly File[], orderKey: string | null): Promise<{ added: Evidence[]; failed: AddFailure[] }>;
  storageInfo(): Promise<{ usage: number; quota: number; persisted: boolean }>;
  ensurePersisted(): Promise<boolean>;
  warnBeforeAdding(bytes: number): Promise<LowSpace | null>;
  exportCaseZip(caseKey: string): Promise<ExportedZip>;
  exportEverything(): Promise<ExportedZip>;
  importArchive(zip: Uint8Array, fileName: string): Promise<ImportOutcome>;
}

/** The key of the case holding evidence with no order. */
export const UNASSIGNED = 'unassigned';
