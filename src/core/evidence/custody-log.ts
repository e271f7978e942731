import {
  custodyEventSchema,
  GENESIS_HASH,
  type CustodyEntry,
  type CustodyEvent,
  type CustodyEventKind,
  type CustodyLog,
} from '../../model/custody';
import { canonicalJson } from './canonical-json';
import { sha256HexOfText } from './hash';

/** Kinds that must carry the item's hash, so the log alone proves which bytes were meant. */
export const KINDS_WITH_HASH: ReadonlySet<CustodyEventKind> = new Set([
  'captured',
  'imported',
  'snapshot-saved',
  'reassigned',
  'deleted',
]);

/** A broken line of a log, named by its `seq` (for a missing line: the seq that should be there). */
export interface CustodyProblem {
  seq: number;
  problem: string;
}

/** SHA-256 of the canonical JSON of an entry without its `hash` field. */
export function entryHash(entry: Omit<CustodyEntry, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _hash, ...content } = entry;
  return sha256HexOfText(canonicalJson(content));
}

/**
 * Returns a new log with `event` appended as the next line, chained to the last one; `log` is not
 * changed (entries are frozen). Trusts `log` as given — run verifyLog when it comes from outside.
 * Throws (a ZodError or an Error) for an invalid event: a missing hash on a kind that needs one,
 * a missing evidence id on an item event, an `at` that is not an instant.
 */
export async function appendEvent(log: CustodyLog, event: CustodyEvent): Promise<CustodyLog> {
  const valid = custodyEventSchema.parse(event);
  const rule = ruleProblem(valid);
  if (rule) throw new Error(`appendEvent: ${rule}`);
  const last = log.at(-1);
  const content = { ...valid, seq: last ? last.seq + 1 : 0, prevHash: last ? last.hash : GENESIS_HASH };
  const entry: CustodyEntry = Object.freeze({ ...content, hash: await entryHash(content) });
  return Object.freeze([...log, entry]);
}

/**
 * Checks every line: its own hash (edited?), its link to the line before (reordered, inserted,
 * or a line before it rewritten?), its place in the numbering (removed, duplicated, out of order?),
 * and the rules of its kind. Returns the problems, each naming a seq; [] for a sound log.
 * A removed LAST line cannot be seen from the log alone: the manifest's hash of the log covers it.
 */
export async function verifyLog(log: readonly CustodyEntry[]): Promise<CustodyProblem[]> {
  const problems: CustodyProblem[] = [];
  const seen = new Set<number>();
  for (const [index, entry] of log.entries()) {
    const previous = index === 0 ? undefined : log[index - 1];
    if ((await entryHash(entry)) !== entry.hash) {
      problems.push({ seq: entry.seq, problem: `line seq ${entry.seq} was edited: its content does not match its hash` });
    }
    if (seen.has(entry.seq)) problems.push({ seq: entry.seq, problem: `seq ${entry.seq} appears more than once` });
    else if (previous && entry.seq < previous.seq) {
      problems.push({ seq: entry.seq, problem: `line seq ${entry.seq} is out of order: it comes after seq ${previous.seq}` });
    }
    seen.add(entry.seq);
    const expectedPrev = previous ? previous.hash : GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) {
      const after = previous ? `line seq ${previous.seq}` : 'the start of the log';
      problems.push({
        seq: entry.seq,
        problem: `line seq ${entry.seq} does not follow ${after} (prevHash differs): a line was removed, inserted or reordered here, or rewritten before it`,
      });
    }
    const rule = ruleProblem(entry);
    if (rule) problems.push({ seq: entry.seq, problem: `line seq ${entry.seq}: ${rule}` });
  }
  problems.push(...missingLines(seen));
  return problems.sort((a, b) => a.seq - b.seq);
}

/** Gaps in the numbering from 0, one problem per gap (a forged seq of 10⁹ must not mean 10⁹ problems). */
function missingLines(seen: ReadonlySet<number>): CustodyProblem[] {
  const problems: CustodyProblem[] = [];
  let expected = 0;
  for (const seq of [...seen].sort((a, b) => a - b)) {
    if (seq > expected) {
      const which = seq - 1 === expected ? `line seq ${expected} is` : `lines seq ${expected}–${seq - 1} are`;
      problems.push({ seq: expected, problem: `${which} missing: removed from the log` });
    }
    expected = seq + 1;
  }
  return problems;
}

function ruleProblem(event: CustodyEvent): string | null {
  if (event.kind === 'exported') return event.evidenceId === null ? null : "'exported' concerns the case, not an item";
  if (event.evidenceId === null) return `'${event.kind}' must name the evidence item`;
  if (KINDS_WITH_HASH.has(event.kind) && event.sha256 === undefined) return `'${event.kind}' must carry the item's sha256`;
  return null;
}
