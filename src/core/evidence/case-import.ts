import { backupManifestSchema, type BackupManifest } from '../../model/case-manifest';
import { MANIFEST_PATH } from './case-files';
import type { CaseProblem } from './case-problem';
import { sha256Hex } from './hash';
import { parseJson, parseJsonFile } from './read-json-file';
import { verifyCaseFiles, type VerifiedCase } from './verify-case-files';
import { readZip } from './zip-read';

export type ImportedCase = VerifiedCase;
export type { CaseProblem } from './case-problem';

/**
 * Reads an exported case back and verifies it: every hash and size recomputed, every JSON file
 * parsed with its schema, the custody log's chain checked and compared with the evidence files.
 * Each mismatch is a problem naming its file (path in the ZIP) and/or log line (seq). What
 * verifies is returned; a changed, damaged or unlisted file is named and left out. Never throws:
 * random bytes, a truncated ZIP or a damaged entry give problems.
 */
export async function importCase(zip: Uint8Array): Promise<ImportedCase> {
  try {
    const read = readZip(zip);
    const unreadable = new Set(read.problems.flatMap((p) => (p.file ? [p.file] : [])));
    const verified = await verifyCaseFiles(read.files, '', unreadable);
    return { ...verified, problems: [...read.problems, ...verified.problems] };
  } catch (error) {
    return { ...emptyCase(), problems: [unexpected(error)] };
  }
}

export interface ImportedBackup {
  manifest: BackupManifest | null;
  cases: (ImportedCase & { folder: string })[];
  problems: CaseProblem[];
  passed: string[];
}

/**
 * Reads a full backup (exportBackup): the top-level manifest, then each case folder as importCase
 * would, with each case manifest's hash checked against the top-level one. Never throws.
 */
export async function importBackup(zip: Uint8Array): Promise<ImportedBackup> {
  const result: ImportedBackup = { manifest: null, cases: [], problems: [], passed: [] };
  try {
    const read = readZip(zip);
    result.problems.push(...read.problems);
    const unreadable = new Set(read.problems.flatMap((p) => (p.file ? [p.file] : [])));
    const top = read.files.get(MANIFEST_PATH);
    if (!top) {
      if (!unreadable.has(MANIFEST_PATH)) result.problems.push({ file: MANIFEST_PATH, problem: 'is missing: nothing can be verified' });
      return result;
    }
    const parsed = parseJsonFile(top, backupManifestSchema, MANIFEST_PATH);
    result.problems.push(...parsed.problems);
    if (!parsed.value) return result;
    result.manifest = parsed.value;
    result.passed.push(`${MANIFEST_PATH}: a ClaimKit backup of ${parsed.value.cases.length} cases`);
    const folders = parsed.value.cases.map((c) => `${c.folder}/`);
    for (const entry of parsed.value.cases) {
      const prefix = `${entry.folder}/`;
      const mine = new Map([...read.files].filter(([name]) => name.startsWith(prefix)));
      const verified = await verifyCaseFiles(mine, prefix, unreadable);
      const caseManifest = read.files.get(prefix + MANIFEST_PATH);
      if (caseManifest && (await sha256Hex(caseManifest)) !== entry.manifestSha256) {
        verified.problems.unshift({ file: prefix + MANIFEST_PATH, problem: 'differs from the hash the backup manifest records for it' });
      }
      if (verified.manifest && verified.manifest.orderKey !== entry.orderKey) {
        verified.problems.push({ file: prefix + MANIFEST_PATH, problem: `is for ${verified.manifest.orderKey}, not ${entry.orderKey}` });
      }
      result.cases.push({ ...verified, folder: entry.folder });
    }
    for (const name of read.files.keys()) {
      if (name !== MANIFEST_PATH && !folders.some((folder) => name.startsWith(folder))) {
        result.problems.push({ file: name, problem: 'is in the ZIP but in no case folder of the backup manifest' });
      }
    }
  } catch (error) {
    result.problems.push(unexpected(error));
  }
  return result;
}

/** 'case' or 'backup', from the top-level manifest's format; null when it cannot be read. */
export function archiveKind(zip: Uint8Array): 'case' | 'backup' | null {
  try {
    const top = readZip(zip).files.get(MANIFEST_PATH);
    if (!top) return null;
    const json = parseJson(top, MANIFEST_PATH);
    if (!('value' in json) || typeof json.value !== 'object' || json.value === null) return null;
    const format = (json.value as { format?: unknown }).format;
    return format === 'claimkit-backup' ? 'backup' : format === 'claimkit-case' ? 'case' : null;
  } catch {
    return null;
  }
}

function emptyCase(): ImportedCase {
  return { manifest: null, order: null, evidence: [], complaintText: null, custodyLog: null, problems: [], passed: [] };
}

// Belt and braces: every reader above reports rather than throws, but an import must never crash.
function unexpected(error: unknown): CaseProblem {
  return { problem: `the case could not be read: ${error instanceof Error ? error.message : String(error)}` };
}
