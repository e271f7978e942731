import type { CaseManifest } from '../../model/case-manifest';
import { custodyEntrySchema, GENESIS_HASH, type CustodyEntry, type CustodyLog } from '../../model/custody';
import type { CaseProblem } from './case-problem';
import { verifyLog } from './custody-log';
import { parseJson, zodProblems } from './read-json-file';

/**
 * Reads custody-log.json line by line (a line that fails its schema is named by its seq, or by
 * its position when even that is unreadable), verifies the chain, and compares the line count and
 * last hash with the manifest — the one way to notice that the last line was cut off.
 */
export async function verifyCustodyFile(
  bytes: Uint8Array,
  file: string,
  manifest: CaseManifest,
): Promise<{ log: CustodyLog | null; problems: CaseProblem[] }> {
  const json = parseJson(bytes, file);
  if ('problem' in json) return { log: null, problems: [json.problem] };
  if (!Array.isArray(json.value)) return { log: null, problems: [{ file, problem: 'is not a JSON array of log lines' }] };
  const problems: CaseProblem[] = [];
  const entries: CustodyEntry[] = [];
  for (const [index, raw] of (json.value as unknown[]).entries()) {
    const parsed = custodyEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else problems.push(...zodProblems(parsed.error, file, seqOf(raw) ?? index));
  }
  for (const problem of await verifyLog(entries)) problems.push({ file, line: problem.seq, problem: problem.problem });
  if (entries.length !== manifest.custodyLog.entries) {
    problems.push({ file, problem: `has ${entries.length} readable lines; the manifest says ${manifest.custodyLog.entries}` });
  }
  const lastHash = entries.at(-1)?.hash ?? GENESIS_HASH;
  if (lastHash !== manifest.custodyLog.lastHash) {
    const last = entries.at(-1);
    problems.push({
      file,
      line: last ? last.seq + 1 : 0,
      problem: `its last line does not match the manifest's last hash: the end of the log was cut off or rewritten`,
    });
  }
  return { log: entries, problems };
}

function seqOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const seq = (raw as { seq?: unknown }).seq;
  return typeof seq === 'number' && Number.isInteger(seq) ? seq : undefined;
}
