import { exportBackup, exportCase, type CaseExportInput } from '../core/evidence/case-export';
import { archiveKind, importBackup, importCase, type ImportedCase } from '../core/evidence/case-import';
import type { CaseProblem } from '../core/evidence/case-problem';
import { sanitizeFileNamePart } from '../core/evidence/file-name';
import type { Evidence } from '../model/evidence';
import type { Order } from '../model/order';
import { caseKeyOf, UNASSIGNED_CASE } from '../platform/db/custody';
import { StorageFullError } from '../platform/db/errors';
import { getEvidenceBlob, listEvidence, putEvidence } from '../platform/db/evidence';
import type { ClaimKitDatabase } from '../platform/db/open';
import { getOrder, putOrder } from '../platform/db/orders';
import { placeholderOrder } from './case-order';
import type { CustodyService, PreparedLines } from './create-custody-service';
import type { LockerCase } from './create-locker-service';
import { UserError } from '../i18n/user-error';

export interface ArchiveDeps {
  db: ClaimKitDatabase;
  custody: CustodyService;
  now: () => Date;
  newId: () => string;
  timeZone: () => string;
  locale: () => string;
  listCases: () => Promise<{ cases: LockerCase[] }>;
  /** The deadlines to print in the report (none when absent). */
  deadlinesFor?: (order: Order, now: Date) => readonly { label: string; dueAt: string }[];
  /** The complaint text written for the case, if any, for complaint.txt. */
  complaintTextFor?: (orderKey: string) => Promise<string | undefined>;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  items: number;
  /** Time spent reading and zipping, for the MB/s figure. */
  ms: number;
}

export interface ImportReport {
  kind: 'case' | 'backup' | 'unknown';
  /** Items written, per case key. */
  added: { caseKey: string; count: number }[];
  /** Items already in the locker with the same id and bytes (not written again). */
  alreadyHad: number;
  /** Every problem the check found, named by file in the ZIP and/or custody-log line (core's words, English). */
  problems: string[];
  /** Items imported under a new id because the locker holds a different item with theirs (by file name, else id). */
  renamed: string[];
  /** Writing stopped at a full disk: the items counted in `added` were saved, the rest were not. */
  storageFull: boolean;
}

// A capture landing in the case while it is zipped makes the ZIP's log stale and the export is
// built again; only a capture landing during every attempt uses them all up.
const MAX_EXPORT_ATTEMPTS = 3;

/** Case export (exportCase → a ZIP Blob), full backup, and import of either, with custody lines. */
export function createLockerArchive(deps: ArchiveDeps) {
  /**
   * Reads a case for export, its log ending with the 'exported' line prepared for it (not written:
   * see exportWithLines).
   */
  async function caseInput(c: LockerCase, fileName: string): Promise<{ input: CaseExportInput; line: PreparedLines }> {
    await deps.custody.reconcile(c.key, c.evidence);
    const line = await deps.custody.prepare(c.key, { kind: 'exported', evidenceId: null, detail: fileName });
    const now = deps.now();
    const evidence: CaseExportInput['evidence'][number][] = [];
    for (const meta of c.evidence) {
      const blob = await getEvidenceBlob(deps.db, meta.id);
      // An item without bytes is left out; the exported log still holds it, so verify-case names it.
      if (blob) evidence.push({ meta, bytes: new Uint8Array(await blob.arrayBuffer()) });
    }
    const order = c.order ?? placeholderOrder(c.key, now);
    const complaintText = c.order ? await deps.complaintTextFor?.(c.key) : undefined;
    const input: CaseExportInput = {
      order,
      evidence,
      custodyLog: line.log,
      ...(complaintText === undefined ? {} : { complaintText }),
      deadlines: c.order ? (deps.deadlinesFor?.(c.order, now) ?? []) : [],
      now,
      timeZone: deps.timeZone(),
      locale: deps.locale(),
    };
    return { input, line };
  }

  /**
   * Builds the ZIP, then writes the 'exported' lines it holds. An export cut short (the tab closed,
   * the browser killed) writes none, so no line claims a file that was never made. When another
   * context appended to a case's log meanwhile, the ZIP's log would no longer be the case's:
   * build it again.
   */
  async function exportWithLines<T>(build: () => Promise<{ zip: Uint8Array; lines: PreparedLines[]; result: T }>): Promise<{ zip: Uint8Array; result: T }> {
    for (let attempt = 0; attempt < MAX_EXPORT_ATTEMPTS; attempt++) {
      const { zip, lines, result } = await build();
      if (await deps.custody.commitPrepared(lines)) return { zip, result };
    }
    throw new UserError('custodyChangedDuringExport');
  }

  /** One case as a ZIP. Throws when the case is unknown. */
  async function exportCaseZip(caseKey: string): Promise<ExportResult> {
    const started = performance.now();
    const fileName = `claimkit-case-${sanitizeFileNamePart(caseKey) || 'case'}-${dateStamp(deps.now())}.zip`;
    const { zip, result: items } = await exportWithLines(async () => {
      const found = (await deps.listCases()).cases.find((c) => c.key === caseKey);
      if (!found) throw new UserError('noCaseToExport', { caseKey });
      const { input, line } = await caseInput(found, fileName);
      return { zip: await exportCase(input), lines: [line], result: input.evidence.length };
    });
    return { blob: zipBlob(zip), fileName, items, ms: performance.now() - started };
  }

  /** Every order and every piece of evidence (the unassigned too) as one backup ZIP. */
  async function exportEverything(): Promise<ExportResult> {
    const started = performance.now();
    const fileName = `claimkit-backup-${dateStamp(deps.now())}.zip`;
    const { zip, result: items } = await exportWithLines(async () => {
      const cases = (await deps.listCases()).cases.filter((c) => c.order !== null || c.evidence.length > 0);
      const read: { input: CaseExportInput; line: PreparedLines }[] = [];
      for (const c of cases) read.push(await caseInput(c, fileName));
      const inputs = read.map((r) => r.input);
      return { zip: await exportBackup(inputs, deps.now()), lines: read.map((r) => r.line), result: inputs.reduce((n, i) => n + i.evidence.length, 0) };
    });
    return { blob: zipBlob(zip), fileName, items, ms: performance.now() - started };
  }

  /**
   * Imports an exported case or backup: every hash is recomputed (core importCase/importBackup),
   * items that verify are written and logged 'imported', each problem is named. An order already
   * stored is kept as it is. Stops writing at a full disk (`storageFull`); never throws for
   * bad input.
   */
  async function importArchive(zip: Uint8Array, fileName: string): Promise<ImportReport> {
    const kind = archiveKind(zip);
    const report: ImportReport = { kind: kind ?? 'unknown', added: [], alreadyHad: 0, problems: [], renamed: [], storageFull: false };
    const cases: (ImportedCase & { folder?: string })[] = [];
    if (kind === 'backup') {
      const backup = await importBackup(zip);
      report.problems.push(...backup.problems.map(describeProblem));
      cases.push(...backup.cases);
    } else {
      cases.push(await importCase(zip));
    }
    const existing = new Map((await listEvidence(deps.db)).evidence.map((e) => [e.id, e]));
    for (const imported of cases) {
      report.problems.push(...imported.problems.map(describeProblem));
      try {
        await writeCase(imported, fileName, existing, report);
      } catch (error) {
        if (!(error instanceof StorageFullError)) throw error;
        report.storageFull = true;
        break;
      }
    }
    return report;
  }

  async function writeCase(imported: ImportedCase & { folder?: string }, fileName: string, existing: Map<string, Evidence>, report: ImportReport) {
    if (!imported.manifest) return;
    const caseKey = imported.manifest.orderKey;
    const orderKey = caseKey === UNASSIGNED_CASE ? null : caseKey;
    if (orderKey && imported.order && !(await getOrder(deps.db, orderKey))) await putOrder(deps.db, imported.order);
    const from = `from ${fileName}${imported.folder ? ` (${imported.folder})` : ''}, verified against its manifest`;
    let count = 0;
    for (const { meta, bytes } of imported.evidence) {
      const local = existing.get(meta.id);
      if (local?.sha256 === meta.sha256) {
        report.alreadyHad++;
        continue;
      }
      const id = local ? deps.newId() : meta.id;
      if (local) report.renamed.push(meta.fileName ?? meta.id);
      const item: Evidence = { ...meta, id, orderKey };
      await putEvidence(deps.db, item, new Blob([blobPart(bytes)], { type: meta.mime }));
      existing.set(id, item);
      await deps.custody.recordItem(caseKeyOf(orderKey), { kind: 'imported', evidenceId: id, sha256: meta.sha256, detail: from }, true);
      count++;
    }
    report.added.push({ caseKey: caseKeyOf(orderKey), count });
  }

  return { exportCaseZip, exportEverything, importArchive };
}

/** "manifest.json, log line seq 3: …", as verify-case prints it. */
export function describeProblem({ file, line, problem }: CaseProblem): string {
  const where = [file, line === undefined ? undefined : `log line seq ${line}`].filter(Boolean).join(', ');
  return where ? `${where}: ${problem}` : problem;
}

function zipBlob(zip: Uint8Array): Blob {
  return new Blob([blobPart(zip)], { type: 'application/zip' });
}

/** The bytes as a BlobPart without copying them (a ZIP can be hundreds of MB); copies only a shared buffer. */
export function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

function dateStamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}
