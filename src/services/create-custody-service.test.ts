import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence } from '../../tests/support/builders';
import { replayLog } from '../core/evidence/custody-state';
import { openClaimKitDb } from '../platform/db/open';
import { createCustodyService } from './create-custody-service';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const CASE = 'aliexpress:8181234567890123';

async function setup(now = () => new Date('2026-11-24T12:00:00Z')) {
  const db = await openClaimKitDb();
  return { db, custody: createCustodyService({ db, now }) };
}

describe('custody service', () => {
  it('logs a stored item once, as captured or snapshot-saved, with its hash, in an intact chain', async () => {
    const { custody } = await setup();
    const shot = fakeEvidence({ id: 'shot' });
    await custody.recordStored(shot);
    await custody.recordStored(shot); // a retried hook must not log the item twice
    await custody.recordStored(fakeEvidence({ id: 'page', kind: 'page-snapshot', mime: 'multipart/related', sha256: 'b'.repeat(64) }));
    await custody.recordStored(fakeEvidence({ id: 'loose', orderKey: null }));
    const { log, problems } = await custody.read(CASE);
    expect(problems).toEqual([]);
    expect(log.map((e) => [e.seq, e.kind, e.evidenceId, e.sha256])).toEqual([
      [0, 'captured', 'shot', 'a'.repeat(64)],
      [1, 'snapshot-saved', 'page', 'b'.repeat(64)],
    ]);
    expect((await custody.read('unassigned')).log.map((e) => e.evidenceId)).toEqual(['loose']);
  });

  it('loses no line when two contexts append to the same case at once', async () => {
    const { db } = await setup();
    const background = createCustodyService({ db, now: () => new Date('2026-11-24T12:00:00Z') });
    const lockerPage = createCustodyService({ db, now: () => new Date('2026-11-24T12:00:01Z') });
    const adds = vi.spyOn(IDBObjectStore.prototype, 'add');
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? background : lockerPage).record(CASE, { kind: 'exported', evidenceId: null, detail: `export ${i}` })),
    );
    const { log, problems } = await background.read(CASE);
    expect(problems).toEqual([]);
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(log.map((e) => e.detail)).size).toBe(6);
    expect(adds.mock.calls.length).toBeGreaterThan(6); // they did collide, and retried

  });

  it('reconciles: an old item without a line is logged, a vanished one deleted, a fresh one left to its own line', async () => {
    const { custody } = await setup();
    await custody.recordStored(fakeEvidence({ id: 'gone' }));
    const old = fakeEvidence({ id: 'old', capturedAt: '2026-11-01T10:00:00Z' });
    const fresh = fakeEvidence({ id: 'fresh', capturedAt: '2026-11-24T11:59:50Z' });
    const added = await custody.reconcile(CASE, [old, fresh], 60_000);
    expect(added.map((e) => [e.kind, e.evidenceId])).toEqual([
      ['captured', 'old'],
      ['deleted', 'gone'],
    ]);
    expect(added[0]!.detail).toMatch(/without a log line \(stored 2026-11-01T10:00:00Z\)/);
    expect(await custody.reconcile(CASE, [old], 60_000)).toEqual([]); // nothing left to say
    const { items } = replayLog((await custody.read(CASE)).log);
    expect([...items].filter(([, v]) => v.present).map(([id]) => id)).toEqual(['old']);
  });

  it('prepares a line without writing it, writes it on commit, and refuses a commit the log has moved past', async () => {
    const { db, custody } = await setup();
    await custody.record(CASE, { kind: 'note-edited', evidenceId: 'x', detail: 'note now 3 characters' });
    const prepared = await custody.prepare(CASE, { kind: 'exported', evidenceId: null, detail: 'case.zip' });
    expect(prepared.log.map((e) => e.kind)).toEqual(['note-edited', 'exported']);
    expect((await custody.read(CASE)).log).toHaveLength(1); // nothing written yet
    expect(await custody.commitPrepared([prepared])).toBe(true);
    const { log, problems } = await custody.read(CASE);
    expect(problems).toEqual([]);
    expect(log).toEqual(prepared.log);

    const stale = await custody.prepare(CASE, { kind: 'exported', evidenceId: null, detail: 'again.zip' });
    const other = await custody.prepare('unassigned', { kind: 'exported', evidenceId: null, detail: 'again.zip' });
    await createCustodyService({ db, now: () => new Date('2026-11-24T12:00:05Z') }).recordStored(fakeEvidence({ id: 'late' }));
    // Every case's lines or none: the unassigned line is not written either.
    expect(await custody.commitPrepared([other, stale])).toBe(false);
    expect((await custody.read(CASE)).log.map((e) => e.kind)).toEqual(['note-edited', 'exported', 'captured']);
    expect((await custody.read('unassigned')).log).toEqual([]);
  });

  it('never fails a capture: a line that cannot be written is reported', async () => {
    const { db } = await setup();
    const warn = vi.fn();
    const custody = createCustodyService({ db, now: () => new Date('2026-11-24T12:00:00Z'), warn });
    db.close();
    await expect(custody.recordStored(fakeEvidence())).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('custody: could not log captured ev-1', expect.anything());
  });
});
