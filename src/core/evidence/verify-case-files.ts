import { caseManifestSchema, type CaseManifest, type ManifestFile } from '../../model/case-manifest';
import type { CustodyLog } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import { orderSchema, type Order } from '../../model/order';
import { COMPLAINT_PATH, CUSTODY_LOG_PATH, MANIFEST_PATH, ORDER_PATH } from './case-files';
import type { CaseProblem } from './case-problem';
import { checkLogAgainstFiles } from './custody-state';
import { sha256Hex } from './hash';
import { decodeUtf8, parseJsonFile } from './read-json-file';
import { checkSnapshot } from './snapshot-header';
import { verifyCustodyFile } from './verify-custody-file';

export interface VerifiedCase {
  manifest: CaseManifest | null;
  /** The order, when order.json matches the manifest and its schema; else null. */
  order: Order | null;
  /** Only items whose bytes match the manifest, their own recorded sha256 and size. A page snapshot
   * whose header disagrees with its metadata is returned, and the disagreement named in problems. */
  evidence: { meta: Evidence; bytes: Uint8Array }[];
  complaintText: string | null;
  /** The log, when its file matches the manifest and its chain is intact; else null. */
  custodyLog: CustodyLog | null;
  problems: CaseProblem[];
  /** Each check that passed, in words, for the verify-case command. */
  passed: string[];
}

/**
 * Verifies one case's files (paths under `prefix`, "" for a case ZIP): every listed file against
 * its manifest hash and size, unlisted files, the JSON files against their schemas, the custody log
 * chain, and the log against the evidence. `unreadable` names entries the ZIP could not give back
 * (already reported), so they are not reported again as missing.
 */
export async function verifyCaseFiles(
  files: ReadonlyMap<string, Uint8Array>,
  prefix: string,
  unreadable: ReadonlySet<string> = new Set(),
): Promise<VerifiedCase> {
  const result: VerifiedCase = { manifest: null, order: null, evidence: [], complaintText: null, custodyLog: null, problems: [], passed: [] };
  const { problems, passed } = result;
  const manifestBytes = files.get(prefix + MANIFEST_PATH);
  if (!manifestBytes) {
    if (!unreadable.has(prefix + MANIFEST_PATH)) problems.push({ file: prefix + MANIFEST_PATH, problem: 'is missing: nothing can be verified' });
    return result;
  }
  const parsed = parseJsonFile(manifestBytes, caseManifestSchema, prefix + MANIFEST_PATH);
  problems.push(...parsed.problems);
  const manifest = parsed.value;
  if (!manifest) return result;
  result.manifest = manifest;
  passed.push(`${prefix}${MANIFEST_PATH}: a ClaimKit case manifest listing ${manifest.files.length} files`);

  const verified = await verifyListedFiles(files, prefix, manifest, unreadable, result);
  const good = (path: string): Uint8Array | undefined => verified.get(path);
  const byPath = new Map(manifest.files.map((file) => [file.path, file]));

  checkTopLevelHash(byPath.get(ORDER_PATH), manifest.orderSha256, prefix + ORDER_PATH, problems);
  checkTopLevelHash(byPath.get(CUSTODY_LOG_PATH), manifest.custodyLog.sha256, prefix + CUSTODY_LOG_PATH, problems);

  const orderBytes = good(ORDER_PATH);
  if (orderBytes) {
    const order = parseJsonFile(orderBytes, orderSchema, prefix + ORDER_PATH);
    problems.push(...order.problems);
    if (order.value && order.value.key !== manifest.orderKey) {
      problems.push({ file: prefix + ORDER_PATH, problem: `is order ${order.value.key}, but the manifest is for ${manifest.orderKey}` });
    } else if (order.value) {
      result.order = order.value;
      passed.push(`${prefix}${ORDER_PATH}: order ${order.value.key} is well-formed`);
    }
  }

  const complaintBytes = good(COMPLAINT_PATH);
  if (complaintBytes) {
    result.complaintText = decodeUtf8(complaintBytes);
    if (result.complaintText === null) problems.push({ file: prefix + COMPLAINT_PATH, problem: 'is not valid UTF-8 text' });
  }

  const evidenceFiles = manifest.files.filter((file) => file.role === 'evidence');
  result.evidence = verifyEvidence(evidenceFiles, good, prefix, problems, passed);

  // The log is read even when its file fails its hash: the point is to name the line that broke.
  const logBytes = files.get(prefix + CUSTODY_LOG_PATH);
  if (logBytes && byPath.has(CUSTODY_LOG_PATH)) {
    const custody = await verifyCustodyFile(logBytes, prefix + CUSTODY_LOG_PATH, manifest);
    problems.push(...custody.problems);
    if (custody.log) {
      const against = evidenceFiles.flatMap((file) => (file.evidence ? [{ evidenceId: file.evidence.id, sha256: file.sha256, path: prefix + file.path }] : []));
      const consistency = checkLogAgainstFiles(custody.log, against).map((p) => ({ ...p, file: p.file === CUSTODY_LOG_PATH ? prefix + p.file : p.file }));
      problems.push(...consistency);
      if (custody.problems.length === 0) passed.push(`${prefix}${CUSTODY_LOG_PATH}: ${custody.log.length} lines, chain intact`);
      if (consistency.length === 0) passed.push(`${prefix}${CUSTODY_LOG_PATH}: agrees with the ${against.length} evidence files`);
      if (custody.problems.length === 0 && good(CUSTODY_LOG_PATH)) result.custodyLog = custody.log;
    }
  } else if (!byPath.has(CUSTODY_LOG_PATH)) {
    problems.push({ file: prefix + CUSTODY_LOG_PATH, problem: 'is not listed in the manifest' });
  }
  return result;
}

/** Hash and size of every listed file; returns the ones that match, by their manifest path. */
async function verifyListedFiles(
  files: ReadonlyMap<string, Uint8Array>,
  prefix: string,
  manifest: CaseManifest,
  unreadable: ReadonlySet<string>,
  { problems, passed }: VerifiedCase,
): Promise<Map<string, Uint8Array>> {
  const verified = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    const file = prefix + entry.path;
    if (listed.has(entry.path)) {
      problems.push({ file, problem: 'is listed twice in the manifest' });
      continue;
    }
    listed.add(entry.path);
    const bytes = files.get(file);
    if (!bytes) {
      if (!unreadable.has(file)) problems.push({ file, problem: 'is listed in the manifest but missing from the ZIP' });
      continue;
    }
    const sha256 = await sha256Hex(bytes);
    if (bytes.length !== entry.size) problems.push({ file, problem: `is ${bytes.length} bytes; the manifest says ${entry.size}` });
    if (sha256 !== entry.sha256) problems.push({ file, problem: `has sha256 ${sha256}; the manifest says ${entry.sha256}: the file was changed` });
    if (bytes.length === entry.size && sha256 === entry.sha256) {
      verified.set(entry.path, bytes);
      passed.push(`${file}: sha256 ${sha256.slice(0, 16)}… and ${entry.size} bytes match the manifest`);
    }
  }
  for (const name of files.keys()) {
    if (!name.startsWith(prefix) || name === prefix + MANIFEST_PATH) continue;
    if (!listed.has(name.slice(prefix.length))) problems.push({ file: name, problem: 'is in the ZIP but not in the manifest: added after export' });
  }
  return verified;
}

function checkTopLevelHash(file: ManifestFile | undefined, expected: string, path: string, problems: CaseProblem[]): void {
  if (!file) problems.push({ file: path, problem: 'is not listed in the manifest' });
  else if (file.sha256 !== expected) problems.push({ file: path, problem: 'the manifest gives two different hashes for it' });
}

function verifyEvidence(
  listed: readonly ManifestFile[],
  good: (path: string) => Uint8Array | undefined,
  prefix: string,
  problems: CaseProblem[],
  passed: string[],
): { meta: Evidence; bytes: Uint8Array }[] {
  const out: { meta: Evidence; bytes: Uint8Array }[] = [];
  const ids = new Set<string>();
  for (const file of listed) {
    const path = prefix + file.path;
    const meta = file.evidence;
    if (!meta) {
      problems.push({ file: path, problem: 'is listed as evidence without its metadata' });
      continue;
    }
    if (ids.has(meta.id)) {
      problems.push({ file: path, problem: `evidence id ${meta.id} is used by more than one file` });
      continue;
    }
    ids.add(meta.id);
    const bytes = good(file.path);
    if (!bytes) continue; // already reported as changed, missing or unreadable
    if (meta.sha256 !== file.sha256 || meta.size !== bytes.length) {
      problems.push({ file: path, problem: `evidence ${meta.id}: the bytes are not the ones recorded at capture (sha256 ${meta.sha256}, ${meta.size} bytes)` });
      continue;
    }
    if (meta.kind === 'page-snapshot') {
      // Intact bytes whose own header tells another story: kept (they are what was saved), but named.
      const disagreements = checkSnapshot(bytes, meta);
      for (const problem of disagreements) problems.push({ file: path, problem: `evidence ${meta.id}: ${problem}` });
      if (disagreements.length === 0) passed.push(`${path}: the snapshot's own header agrees with its URL and time`);
    }
    out.push({ meta, bytes });
  }
  if (out.length === listed.length && listed.length > 0) passed.push(`${prefix}evidence: all ${listed.length} items match their recorded sha256`);
  return out;
}
