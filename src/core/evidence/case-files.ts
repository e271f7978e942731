import { CASE_FORMAT, MANIFEST_FORMAT_VERSION, type CaseManifest, type ManifestFile } from '../../model/case-manifest';
import { GENESIS_HASH, type CustodyLog } from '../../model/custody';
import { evidenceSchema, type Evidence } from '../../model/evidence';
import { orderSchema, type Order } from '../../model/order';
import { evidenceFileNames } from './file-name';
import { sha256Hex } from './hash';
import { buildReportHtml } from './report-html';

export interface CaseExportInput {
  order: Order;
  evidence: readonly { meta: Evidence; bytes: Uint8Array }[];
  complaintText?: string;
  custodyLog: CustodyLog;
  deadlines?: readonly { label: string; dueAt: string }[];
  now: Date;
  timeZone: string;
  locale: string;
}

/** A file to write: its bytes and whether deflate is worth it. */
export interface CaseFile {
  bytes: Uint8Array;
  compress: boolean;
}

export const GENERATOR = 'ClaimKit';
export const MANIFEST_PATH = 'manifest.json';
export const ORDER_PATH = 'order.json';
export const COMPLAINT_PATH = 'complaint.txt';
export const CUSTODY_LOG_PATH = 'custody-log.json';
export const REPORT_PATH = 'index.html';
export const EVIDENCE_DIR = 'evidence/';

// Already-compressed formats gain nothing from deflate and cost export time (issue 4: MB/s).
const STORE_ONLY = /^(image\/(png|jpeg|webp|gif|avif|heic)|video\/|audio\/|application\/(zip|pdf))/u;

/**
 * Every file of an exported case, manifest included, keyed by path. The manifest records the hash
 * of the bytes actually written; an item whose bytes no longer match its recorded sha256 is
 * exported as it is and flagged in the report (never silently "fixed", never dropped).
 * Throws for an invalid order or evidence record, duplicate evidence ids or an unknown time zone: callers pass
 * records already read through their schemas, so these are programming errors.
 */
export async function buildCaseFiles(input: CaseExportInput): Promise<{ files: Map<string, CaseFile>; manifest: CaseManifest }> {
  const order = orderSchema.parse(input.order);
  const evidence = input.evidence.map((item) => ({ meta: evidenceSchema.parse(item.meta), bytes: item.bytes }));
  const ids = new Set(evidence.map((item) => item.meta.id));
  if (ids.size !== evidence.length) throw new RangeError('buildCaseFiles: two evidence items share an id');
  // The manifest goes first in the ZIP (its bytes are filled in last), so a truncated download
  // still has it and the files before the cut can be verified and restored.
  const files = new Map<string, CaseFile>([[MANIFEST_PATH, { bytes: new Uint8Array(), compress: true }]]);
  const listed: ManifestFile[] = [];
  const add = async (path: string, role: ManifestFile['role'], bytes: Uint8Array, compress: boolean, evidence?: Evidence) => {
    files.set(path, { bytes, compress });
    const file: ManifestFile = { path, role, sha256: await sha256Hex(bytes), size: bytes.length, evidence };
    listed.push(file);
    return file;
  };
  const text = (value: string) => new TextEncoder().encode(value);

  const orderFile = await add(ORDER_PATH, 'order', text(`${JSON.stringify(order, null, 2)}\n`), true);
  if (input.complaintText !== undefined) await add(COMPLAINT_PATH, 'complaint', text(input.complaintText), true);
  const logFile = await add(CUSTODY_LOG_PATH, 'custody-log', text(custodyLogJson(input.custodyLog)), true);
  const names = evidenceFileNames(evidence.map((item) => item.meta), input.timeZone);
  const reportEvidence = [];
  for (const [index, { meta, bytes }] of evidence.entries()) {
    const path = EVIDENCE_DIR + (names[index] ?? meta.id);
    const file = await add(path, 'evidence', bytes, !STORE_ONLY.test(meta.mime), meta);
    reportEvidence.push({ meta, path, sha256: file.sha256, size: file.size });
  }
  const report = buildReportHtml({ ...input, order, evidence: reportEvidence, deadlines: input.deadlines ?? [] });
  await add(REPORT_PATH, 'report', text(report), true);

  const manifest: CaseManifest = {
    format: CASE_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    createdAt: input.now.toISOString(),
    generator: GENERATOR,
    orderKey: order.key,
    orderSha256: orderFile.sha256,
    custodyLog: { sha256: logFile.sha256, entries: input.custodyLog.length, lastHash: input.custodyLog.at(-1)?.hash ?? GENESIS_HASH },
    files: listed,
  };
  files.set(MANIFEST_PATH, { bytes: text(`${JSON.stringify(manifest, null, 2)}\n`), compress: true });
  return { files, manifest };
}

/** One entry per line, so "line N" in a text editor is entry seq N−2 and a diff shows a removed line. */
export function custodyLogJson(log: CustodyLog): string {
  if (log.length === 0) return '[]\n';
  return `[\n${log.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`;
}
