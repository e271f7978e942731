import { appendEvent, verifyLog, type CustodyProblem } from '../core/evidence/custody-log';
import { replayLog } from '../core/evidence/custody-state';
import type { CustodyEntry, CustodyEvent, CustodyLog } from '../model/custody';
import type { Evidence } from '../model/evidence';
import { addCustodyEntries, addCustodyEntriesToCases, caseKeyOf, readCustodyLog } from '../platform/db/custody';
import type { BrokenRecord } from '../platform/db/errors';
import type { ClaimKitDatabase } from '../platform/db/open';
import { UserError } from '../i18n/user-error';

export interface CustodyServiceDeps {
  db: ClaimKitDatabase;
  now: () => Date;
  /** Where a line that could not be written is reported (the item itself is already safe). */
  warn?: (message: string, error: unknown) => void;
}

/** What the caller wants appended, decided on the freshest log; [] appends nothing. */
type Decide = (log: CustodyLog) => Omit<CustodyEvent, 'at'>[];

// Two contexts racing for the same seq: each retry re-reads the log, so this only runs out when
// something keeps appending faster than we can hash, which would be a bug.
const MAX_ATTEMPTS = 8;

/**
 * The custody log of each case (issue 10): every evidence event, hash-chained by core appendEvent.
 * Appends are "ensure" operations decided on the log as stored, so the background (captures) and
 * the locker page (edits) can append to the same case at once without a line being lost or doubled.
 */
export function createCustodyService(deps: CustodyServiceDeps) {
  /**
   * Reads the case's log, asks `decide` what to append, chains it (hashing outside any transaction)
   * and adds the lines in one transaction; when another context took that seq first, starts over.
   * Throws StorageFullError when storage is full, or an Error for an event that breaks the log's rules.
   */
  async function appendTo(caseKey: string, decide: Decide): Promise<CustodyEntry[]> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { log } = await readCustodyLog(deps.db, caseKey);
      const events = decide(log);
      if (events.length === 0) return [];
      let next: CustodyLog = log;
      const at = deps.now().toISOString();
      for (const event of events) next = await appendEvent(next, { ...event, at });
      const added = next.slice(log.length);
      if (await addCustodyEntries(deps.db, caseKey, added)) return added;
    }
    throw new UserError('custodyChangedDuringWrite', { caseKey });
  }

  /** Appends one event as it is (e.g. 'exported', which may happen any number of times). */
  function record(caseKey: string, event: Omit<CustodyEvent, 'at'>): Promise<CustodyEntry[]> {
    return appendTo(caseKey, () => [event]);
  }

  /** Appends an item event unless the log already shows the item in the state it would bring. */
  function recordItem(caseKey: string, event: Omit<CustodyEvent, 'at'> & { evidenceId: string }, wantPresent: boolean) {
    return appendTo(caseKey, (log) => (isPresent(log, event.evidenceId) === wantPresent ? [] : [event]));
  }

  /**
   * The 'captured' (or 'snapshot-saved') line for an item just stored. Never throws: the item is
   * already safe, a missing line is reported to `warn` and added by `reconcile` later.
   */
  async function recordStored(evidence: Evidence): Promise<void> {
    const kind = evidence.kind === 'page-snapshot' ? 'snapshot-saved' : 'captured';
    try {
      await recordItem(caseKeyOf(evidence.orderKey), { kind, evidenceId: evidence.id, sha256: evidence.sha256 }, true);
    } catch (error) {
      deps.warn?.(`custody: could not log ${kind} ${evidence.id}`, error);
    }
  }

  /**
   * Makes the log agree with what the case holds: an item stored without a line (before the log
   * existed in v3, or when a line could not be written) gets a 'captured' line saying so; an item
   * the log holds but the locker no longer has gets a 'deleted' line. Items stored less than
   * `minAgeMs` ago are left alone, because their own line may be on its way from the background.
   */
  function reconcile(caseKey: string, held: readonly Evidence[], minAgeMs = 0): Promise<CustodyEntry[]> {
    const cutoff = deps.now().getTime() - minAgeMs;
    return appendTo(caseKey, (log) => {
      const { items } = replayLog(log);
      const heldIds = new Set(held.map((item) => item.id));
      const events: Omit<CustodyEvent, 'at'>[] = [];
      for (const item of held) {
        if (items.get(item.id)?.present || Date.parse(item.capturedAt) > cutoff) continue;
        events.push({ kind: 'captured', evidenceId: item.id, sha256: item.sha256, detail: `already in the locker without a log line (stored ${item.capturedAt})` });
      }
      for (const [id, logged] of items) {
        if (logged.present && logged.sha256 !== undefined && !heldIds.has(id)) events.push({ kind: 'deleted', evidenceId: id, sha256: logged.sha256, detail: 'no longer in the locker (removed without a log line)' });
      }
      return events;
    });
  }

  /**
   * Chains `event` onto the case's log as stored now WITHOUT writing it: for a line that may only
   * be kept once what it describes is done (an export: the ZIP must hold its own 'exported' line,
   * yet an export cut short must leave no line claiming a file that was never written). Write it
   * with `commitPrepared` when done; a prepared line that is never committed leaves no trace.
   */
  async function prepare(caseKey: string, event: Omit<CustodyEvent, 'at'>): Promise<PreparedLines> {
    const { log } = await readCustodyLog(deps.db, caseKey);
    const next = await appendEvent(log, { ...event, at: deps.now().toISOString() });
    return { caseKey, log: next, added: next.slice(log.length) };
  }

  /**
   * Writes prepared lines, every case's or none. False when another context appended to one of
   * those logs since they were prepared (nothing is written then): prepare again. Throws
   * StorageFullError when storage is full.
   */
  function commitPrepared(prepared: readonly PreparedLines[]): Promise<boolean> {
    return addCustodyEntriesToCases(deps.db, prepared.map(({ caseKey, added }) => ({ caseKey, entries: added })));
  }

  /** A case's log with every problem of its chain (edited, missing or broken lines). */
  async function read(caseKey: string): Promise<{ log: CustodyEntry[]; problems: CustodyProblem[]; broken: BrokenRecord[] }> {
    const { log, broken } = await readCustodyLog(deps.db, caseKey);
    return { log, broken, problems: await verifyLog(log) };
  }

  return { record, recordItem, recordStored, reconcile, read, prepare, commitPrepared };
}

export type CustodyService = ReturnType<typeof createCustodyService>;

/** Lines chained onto a case's log but not yet written (see CustodyService.prepare). */
export interface PreparedLines {
  caseKey: string;
  /** The whole log as it will be once the lines are written. */
  log: CustodyLog;
  added: readonly CustodyEntry[];
}

function isPresent(log: CustodyLog, evidenceId: string): boolean {
  return replayLog(log).items.get(evidenceId)?.present ?? false;
}
