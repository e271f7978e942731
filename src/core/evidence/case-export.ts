import { zipSync, type Zippable } from 'fflate';
import { BACKUP_FORMAT, MANIFEST_FORMAT_VERSION, type BackupManifest } from '../../model/case-manifest';
import { buildCaseFiles, GENERATOR, MANIFEST_PATH, type CaseExportInput, type CaseFile } from './case-files';
import { sanitizeFileNamePart } from './file-name';
import { sha256Hex } from './hash';

export type { CaseExportInput } from './case-files';

/**
 * One case as one ZIP: order.json, evidence/<readable names>, complaint.txt (when given),
 * custody-log.json, index.html (printable report) and manifest.json (hashes of all of them).
 * Throws for invalid records, duplicate evidence ids or an unknown time zone (see buildCaseFiles).
 */
export async function exportCase(input: CaseExportInput): Promise<Uint8Array> {
  const { files } = await buildCaseFiles(input);
  return zipFiles(files, input.now);
}

/**
 * Every case in one ZIP: `cases/<order key>/…` laid out as exportCase lays out a case, plus a
 * top-level manifest.json naming each folder and the hash of its manifest. Same throws as exportCase;
 * also for two cases with the same order key.
 */
export async function exportBackup(cases: readonly CaseExportInput[], now: Date): Promise<Uint8Array> {
  const all = new Map<string, CaseFile>([[MANIFEST_PATH, { bytes: new Uint8Array(), compress: true }]]); // first, as in a case
  const listed: BackupManifest['cases'] = [];
  const folders = new Set<string>();
  for (const input of cases) {
    const { files, manifest } = await buildCaseFiles(input);
    if (listed.some((entry) => entry.orderKey === manifest.orderKey)) {
      throw new RangeError(`exportBackup: case ${manifest.orderKey} given twice`);
    }
    const folder = uniqueFolder(`cases/${sanitizeFileNamePart(manifest.orderKey) || 'case'}`, folders);
    for (const [path, file] of files) all.set(`${folder}/${path}`, file);
    const caseManifest = files.get(MANIFEST_PATH);
    listed.push({ folder, orderKey: manifest.orderKey, manifestSha256: await sha256Hex(caseManifest?.bytes ?? new Uint8Array()) });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    createdAt: now.toISOString(),
    generator: GENERATOR,
    cases: listed,
  };
  all.set(MANIFEST_PATH, { bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), compress: true });
  return zipFiles(all, now);
}

function zipFiles(files: ReadonlyMap<string, CaseFile>, now: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, file] of files) zippable[path] = [file.bytes, { level: file.compress ? 6 : 0 }];
  // The ZIP's own dates are the export time, so the same case exported twice at once is byte-identical.
  return zipSync(zippable, { mtime: now });
}

function uniqueFolder(base: string, taken: Set<string>): string {
  let folder = base;
  for (let n = 2; taken.has(folder.toLowerCase()); n++) folder = `${base}-${n}`;
  taken.add(folder.toLowerCase());
  return folder;
}
