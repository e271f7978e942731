import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type CustodyEntry, type CustodyEvent, type CustodyLog } from '../../model/custody';
import { canonicalJson } from './canonical-json';
import { appendEvent, entryHash, verifyLog } from './custody-log';
import { sha256HexOfText } from './hash';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

const EVENTS: CustodyEvent[] = [
  { at: '2026-11-24T10:05:33.000Z', kind: 'captured', evidenceId: 'ev-1', sha256: A, detail: 'visible area' },
  { at: '2026-11-24T10:05:34.000Z', kind: 'snapshot-saved', evidenceId: 'ev-2', sha256: B },
  { at: '2026-11-24T10:06:00.000+03:00', kind: 'note-edited', evidenceId: 'ev-1', detail: 'note: 42 characters' },
  { at: '2026-11-24T10:07:00.000Z', kind: 'imported', evidenceId: 'ev-3', sha256: 'c'.repeat(64), detail: 'IMG_1234.jpg' },
  { at: '2026-11-24T10:08:00.000Z', kind: 'deleted', evidenceId: 'ev-3', sha256: 'c'.repeat(64) },
  { at: '2026-11-24T10:09:00.000Z', kind: 'exported', evidenceId: null, detail: 'case.zip' },
];

async function buildLog(events = EVENTS): Promise<CustodyLog> {
  let log: CustodyLog = [];
  for (const event of events) log = await appendEvent(log, event);
  return log;
}

/** A tamperer's copy: plain mutable objects. */
function copy(log: CustodyLog): CustodyEntry[] {
  return log.map((entry) => ({ ...entry }));
}

describe('appendEvent', () => {
  it('numbers lines from 0 and chains each to the one before, starting from 64 zeros', async () => {
    const log = await buildLog();
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < log.length; i++) expect(log[i]?.prevHash).toBe(log[i - 1]?.hash);
  });

  it('hashes the canonical JSON of the line without its hash', async () => {
    const [first] = await buildLog(EVENTS.slice(0, 1));
    const { hash, ...rest } = first!;
    expect(hash).toBe(await sha256HexOfText(canonicalJson(rest)));
    expect(canonicalJson(rest)).toBe(
      `{"at":"2026-11-24T10:05:33.000Z","detail":"visible area","evidenceId":"ev-1","kind":"captured","prevHash":"${GENESIS_HASH}","seq":0,"sha256":"${A}"}`,
    );
  });

  it('never changes the log it is given', async () => {
    const log = await buildLog(EVENTS.slice(0, 2));
    const before = JSON.stringify(log);
    const longer = await appendEvent(log, EVENTS[2]!);
    expect(JSON.stringify(log)).toBe(before);
    expect(longer).toHaveLength(3);
    expect(Object.isFrozen(longer)).toBe(true);
    expect(Object.isFrozen(longer[0])).toBe(true);
  });

  it('refuses events that break the rules of their kind', async () => {
    await expect(appendEvent([], { at: '2026-11-24T10:00:00Z', kind: 'captured', evidenceId: 'ev-1' })).rejects.toThrow(/sha256/u);
    await expect(appendEvent([], { at: '2026-11-24T10:00:00Z', kind: 'deleted', evidenceId: null, sha256: A })).rejects.toThrow(/evidence item/u);
    await expect(appendEvent([], { at: '2026-11-24T10:00:00Z', kind: 'exported', evidenceId: 'ev-1' })).rejects.toThrow(/case/u);
    await expect(appendEvent([], { at: 'yesterday', kind: 'exported', evidenceId: null })).rejects.toThrow();
    await expect(appendEvent([], { at: '2026-11-24T10:00:00Z', kind: 'captured', evidenceId: 'ev-1', sha256: 'ABC' })).rejects.toThrow();
  });
});

describe('verifyLog', () => {
  it('finds nothing wrong in a log built by appendEvent', async () => {
    expect(await verifyLog(await buildLog())).toEqual([]);
    expect(await verifyLog([])).toEqual([]);
  });

  it('names an edited line', async () => {
    const log = copy(await buildLog());
    log[2]!.detail = 'note: 0 characters';
    expect(await verifyLog(log)).toEqual([{ seq: 2, problem: expect.stringContaining('line seq 2 was edited') }]);
  });

  it('names the line after one that was edited and re-hashed', async () => {
    const log = copy(await buildLog());
    log[1]!.sha256 = A;
    log[1]!.hash = await entryHash(log[1]!);
    const problems = await verifyLog(log);
    expect(problems).toEqual([{ seq: 2, problem: expect.stringContaining('does not follow line seq 1') }]);
  });

  it('names a removed line, first, middle or several', async () => {
    const log = copy(await buildLog());
    expect(await verifyLog(log.filter((e) => e.seq !== 3))).toEqual([
      { seq: 3, problem: 'line seq 3 is missing: removed from the log' },
      { seq: 4, problem: expect.stringContaining('line seq 4 does not follow line seq 2') },
    ]);
    expect((await verifyLog(log.slice(1))).map((p) => p.seq)).toEqual([0, 1]);
    expect((await verifyLog(log.filter((e) => e.seq < 1 || e.seq > 3)))[0]).toEqual({ seq: 1, problem: 'lines seq 1–3 are missing: removed from the log' });
  });

  it('names reordered lines', async () => {
    const log = copy(await buildLog());
    [log[2], log[3]] = [log[3]!, log[2]!];
    const problems = await verifyLog(log);
    expect(problems.map((p) => p.seq)).toEqual([2, 2, 3, 4]); // both moved lines, and the line after them
    expect(problems.map((p) => p.problem).join('\n')).toMatch(/line seq 2 is out of order: it comes after seq 3/u);
  });

  it('names a duplicated line and a forged far-away seq without listing a billion gaps', async () => {
    const log = copy(await buildLog());
    expect((await verifyLog([...log, log[5]!])).some((p) => p.problem === 'seq 5 appears more than once')).toBe(true);
    const forged = { ...log[5]!, seq: 1e9 };
    forged.hash = await entryHash(forged);
    const problems = await verifyLog([...log.slice(0, 5), forged]);
    expect(problems.filter((p) => p.problem.includes('missing'))).toEqual([{ seq: 5, problem: `lines seq 5–${1e9 - 1} are missing: removed from the log` }]);
  });

  it('names a line that breaks the rules of its kind, even with a valid hash', async () => {
    const log = copy(await buildLog());
    const forged: CustodyEntry = { ...log[4]!, sha256: undefined };
    delete forged.sha256;
    forged.hash = await entryHash(forged);
    const problems = await verifyLog([...log.slice(0, 4), forged]);
    expect(problems).toEqual([{ seq: 4, problem: "line seq 4: 'deleted' must carry the item's sha256" }]);
  });

  it('cannot see a removed last line on its own (the manifest covers that)', async () => {
    expect(await verifyLog((await buildLog()).slice(0, -1))).toEqual([]);
  });
});
