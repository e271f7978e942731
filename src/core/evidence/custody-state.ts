import type { CustodyLog } from '../../model/custody';
import type { CaseProblem } from './case-problem';

/** What the log says about one item after replaying every line. */
export interface LoggedItem {
  present: boolean;
  /** The hash the log last recorded for the item. */
  sha256: string | undefined;
  /** The line that last brought the item in (or took it out). */
  seq: number;
}

const INTRODUCING = new Set(['captured', 'imported', 'snapshot-saved']);

/**
 * Replays a log into which items the case holds now. Lines that make no sense in order (an item
 * captured twice with different bytes, a note edited on an item the case does not hold, a deleted
 * item deleted again, a hash that changes) are returned as problems naming their line.
 */
export function replayLog(log: CustodyLog): { items: Map<string, LoggedItem>; problems: CaseProblem[] } {
  const items = new Map<string, LoggedItem>();
  const problems: CaseProblem[] = [];
  const file = 'custody-log.json';
  for (const entry of log) {
    if (entry.evidenceId === null) continue;
    const id = entry.evidenceId;
    const known = items.get(id);
    const said = (problem: string): void => {
      problems.push({ file, line: entry.seq, problem: `line seq ${entry.seq}: ${problem}` });
    };
    if (known?.sha256 !== undefined && entry.sha256 !== undefined && entry.sha256 !== known.sha256) {
      said(`evidence ${id} has sha256 ${entry.sha256}, but line seq ${known.seq} recorded ${known.sha256}`);
    }
    const sha256 = entry.sha256 ?? known?.sha256;
    if (INTRODUCING.has(entry.kind)) {
      if (known?.present) said(`evidence ${id} is ${entry.kind} again while the case already holds it`);
      items.set(id, { present: true, sha256, seq: entry.seq });
    } else if (entry.kind === 'reassigned') {
      // Written to both cases' logs: present here means it moved out, absent means it moved in.
      items.set(id, { present: !known?.present, sha256, seq: entry.seq });
    } else if (entry.kind === 'deleted') {
      if (!known?.present) said(`evidence ${id} is deleted, but the case does not hold it`);
      items.set(id, { present: false, sha256, seq: entry.seq });
    } else if (!known?.present) {
      said(`${entry.kind} on evidence ${id}, which the case does not hold`);
    }
  }
  return { items, problems };
}

/**
 * Checks the log against the evidence files of an export: every file must be an item the log
 * holds, with the hash the log recorded; every item the log holds must have a file.
 */
export function checkLogAgainstFiles(
  log: CustodyLog,
  files: readonly { evidenceId: string; sha256: string; path: string }[],
): CaseProblem[] {
  const { items, problems } = replayLog(log);
  for (const file of files) {
    const logged = items.get(file.evidenceId);
    if (!logged) {
      problems.push({ file: file.path, problem: `evidence ${file.evidenceId} has no captured/imported line in the custody log` });
    } else if (!logged.present) {
      problems.push({
        file: file.path,
        line: logged.seq,
        problem: `evidence ${file.evidenceId} left the case at log line seq ${logged.seq}, yet it is in the export`,
      });
    } else if (logged.sha256 !== file.sha256) {
      problems.push({
        file: file.path,
        line: logged.seq,
        problem: `evidence ${file.evidenceId}: the file's sha256 ${file.sha256} differs from ${logged.sha256 ?? 'none'} in log line seq ${logged.seq}`,
      });
    }
  }
  const exported = new Set(files.map((file) => file.evidenceId));
  for (const [id, logged] of items) {
    if (logged.present && !exported.has(id)) {
      problems.push({
        file: 'custody-log.json',
        line: logged.seq,
        problem: `evidence ${id} is in the case since log line seq ${logged.seq}, but the export has no file for it`,
      });
    }
  }
  return problems;
}
