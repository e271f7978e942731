import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../tests/support/builders';
import { importCase } from '../core/evidence/case-import';
import { replayLog } from '../core/evidence/custody-state';
import { StorageFullError } from '../platform/db/errors';
import { getEvidenceBlob, listEvidence, putEvidence } from '../platform/db/evidence';
import { openClaimKitDb } from '../platform/db/open';
import { getOrder, putOrder } from '../platform/db/orders';
import { createCustodyService } from './create-custody-service';
import { createLockerService } from './create-locker-service';
import type { StorageEstimator } from './locker-storage';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const ORDER = fakeOrder();
const OTHER = fakeOrder({ orderId: '999', key: 'aliexpress:999' });
const MB = 1024 * 1024;

async function setup(options: { storage?: StorageEstimator; undoWindowMs?: number; dbName?: string; complaintTextFor?: (orderKey: string) => Promise<string | undefined> } = {}) {
  const db = await openClaimKitDb(options.dbName);
  let clock = Date.parse('2026-11-24T12:00:00Z');
  const now = () => new Date((clock += 1000));
  let n = 0;
  const custody = createCustodyService({ db, now });
  const locker = createLockerService({
    db,
    custody,
    now,
    newId: () => `id-${++n}`,
    timeZone: () => 'UTC',
    locale: () => 'en',
    storage: options.storage ?? { estimate: () => Promise.resolve({ usage: 10 * MB, quota: 10_000 * MB }) },
    mediaSize: (_blob, mime) => Promise.resolve(mime.startsWith('image/') ? { width: 2, height: 3 } : null),
    undoWindowMs: options.undoWindowMs,
    complaintTextFor: options.complaintTextFor,
  });
  return { db, custody, locker };
}

const photo = (name: string, text = name) => new File([text], name, { type: 'image/jpeg', lastModified: Date.parse('2026-11-20T08:00:00Z') });

async function unzipBlob(blob: Blob) {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('locker service', () => {
  it('adds files with their hash and size, and keeps one intact custody chain across every action', async () => {
    const { db, locker } = await setup();
    await putOrder(db, ORDER);
    await putOrder(db, OTHER);
    const { added, failed } = await locker.addFiles([photo('box.jpg'), photo('label.jpg')], ORDER.key);
    expect(failed).toEqual([]);
    expect(added[0]).toMatchObject({ kind: 'file', mime: 'image/jpeg', size: 7, width: 2, height: 3, fileName: 'box.jpg', orderKey: ORDER.key });
    expect(added[0]!.sha256).toBe(createHash('sha256').update('box.jpg').digest('hex'));

    await locker.editNote('id-1', 'Box arrived crushed');
    await locker.reassign('id-2', OTHER.key);
    await locker.remove('id-1');
    await locker.undo('id-1');
    await locker.exportCaseZip(ORDER.key);

    const mine = await locker.custodyLog(ORDER.key);
    expect(mine.problems).toEqual([]);
    expect(mine.log.map((e) => [e.kind, e.evidenceId])).toEqual([
      ['imported', 'id-1'],
      ['imported', 'id-2'],
      ['note-edited', 'id-1'],
      ['reassigned', 'id-2'],
      ['deleted', 'id-1'],
      ['imported', 'id-1'],
      ['exported', null],
    ]);
    expect(mine.log[0]!.detail).toBe('your file "box.jpg" from disk, file last modified 2026-11-20T08:00:00.000Z');
    expect(mine.log[5]!.detail).toBe('restored by Undo of the deletion at line seq 4');
    const { items } = replayLog(mine.log);
    expect([...items].map(([id, v]) => [id, v.present])).toEqual([
      ['id-1', true],
      ['id-2', false],
    ]);
  });

  it('reassigning logs the move in both cases, with the item’s hash', async () => {
    const { db, locker } = await setup();
    await putOrder(db, ORDER);
    const [item] = (await locker.addFiles([photo('a.jpg')], null)).added;
    const moved = await locker.reassign(item!.id, ORDER.key);
    expect(moved?.orderKey).toBe(ORDER.key);
    const from = (await locker.custodyLog('unassigned')).log.at(-1)!;
    const to = (await locker.custodyLog(ORDER.key)).log.at(-1)!;
    expect(from).toMatchObject({ kind: 'reassigned', evidenceId: item!.id, sha256: item!.sha256, detail: `to ${ORDER.key}` });
    expect(to).toMatchObject({ kind: 'reassigned', evidenceId: item!.id, sha256: item!.sha256, detail: 'from unassigned', seq: 0 });
    const { cases } = await locker.listCases();
    expect(cases.find((c) => c.key === ORDER.key)?.evidence.map((e) => e.id)).toEqual([item!.id]);
    expect(cases.find((c) => c.key === 'unassigned')?.evidence).toEqual([]);
  });

  it('deletes at once, restores the same bytes on Undo, and refuses Undo after the window', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { db, locker } = await setup({ undoWindowMs: 10_000 });
      const [item] = (await locker.addFiles([photo('a.jpg', 'original bytes')], null)).added;
      await locker.remove(item!.id);
      expect((await listEvidence(db)).evidence).toEqual([]);
      expect(await getEvidenceBlob(db, item!.id)).toBeNull();
      const back = await locker.undo(item!.id);
      expect(back).toEqual(item);
      expect(await (await getEvidenceBlob(db, item!.id))!.text()).toBe('original bytes');

      await locker.remove(item!.id);
      vi.advanceTimersByTime(10_001);
      await expect(locker.undo(item!.id)).rejects.toThrow(/Too late to undo/);
      const log = (await locker.custodyLog('unassigned')).log;
      expect(log.map((e) => e.kind)).toEqual(['imported', 'deleted', 'imported', 'deleted']);
      expect(log.filter((e) => e.kind === 'deleted').every((e) => e.sha256 === item!.sha256)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts the complaint built for the case into the export (complaint.txt and the report)', async () => {
    const complaint = 'Dear Sir or Madam, order 8181234567890123 arrived damaged.';
    const { db, locker } = await setup({ complaintTextFor: async (key) => (key === ORDER.key ? complaint : undefined) });
    await putOrder(db, ORDER);
    await locker.addFiles([photo('box.jpg')], ORDER.key);
    const files = await unzipBlob((await locker.exportCaseZip(ORDER.key)).blob);
    expect(new TextDecoder().decode(files['complaint.txt'])).toBe(complaint);
    expect(new TextDecoder().decode(files['index.html'])).toContain('arrived damaged');
  });

  it('writes the export’s own custody line only once its ZIP is whole: an export cut short leaves none', async () => {
    // Reading the complaint is the last step before zipping: failing there is an export cut short.
    const { db, custody, locker } = await setup({ complaintTextFor: () => Promise.reject(new Error('the locker tab was closed')) });
    await putOrder(db, ORDER);
    await locker.addFiles([photo('box.jpg')], ORDER.key);
    await expect(locker.exportCaseZip(ORDER.key)).rejects.toThrow('the locker tab was closed');
    await expect(locker.exportEverything()).rejects.toThrow('the locker tab was closed');
    expect((await custody.read(ORDER.key)).log.map((e) => e.kind)).toEqual(['imported']);
  });

  it('builds the ZIP again when a capture lands in the case while it is zipped, so its log is the case’s log', async () => {
    let landed = false;
    const { db, custody, locker } = await setup({
      complaintTextFor: async () => {
        // The background logs a capture between the export's reading of the log and its writing.
        if (!landed) {
          const late = fakeEvidence({ id: 'late-capture', orderKey: ORDER.key, sha256: createHash('sha256').update('abcd').digest('hex') });
          await putEvidence(db, late, new Blob(['abcd']));
          await createCustodyService({ db, now: () => new Date('2026-11-24T12:30:00Z') }).recordStored(late);
        }
        landed = true;
        return undefined;
      },
    });
    await putOrder(db, ORDER);
    await locker.addFiles([photo('box.jpg')], ORDER.key);
    const exported = await locker.exportCaseZip(ORDER.key);
    const inZip = (await importCase(new Uint8Array(await exported.blob.arrayBuffer()))).custodyLog;
    const stored = (await custody.read(ORDER.key)).log;
    expect(stored.map((e) => [e.kind, e.evidenceId])).toEqual([
      ['imported', 'id-1'],
      ['captured', 'late-capture'],
      ['exported', null],
    ]);
    expect(inZip).toEqual(stored);
    expect(exported.items).toBe(2);
  });

  it('exports a case whose manifest and log verify, and imports it elsewhere with one tampered file named and the rest restored', async () => {
    const source = await setup({ dbName: 'source' });
    await putOrder(source.db, ORDER);
    await source.locker.addFiles([photo('box.jpg', 'box'), photo('label.jpg', 'label'), photo('tape.jpg', 'tape')], ORDER.key);
    const exported = await source.locker.exportCaseZip(ORDER.key);
    expect(exported.fileName).toBe('claimkit-case-aliexpress-8181234567890123-2026-11-24.zip');
    expect(exported.items).toBe(3);
    expect((await importCase(new Uint8Array(await exported.blob.arrayBuffer()))).problems).toEqual([]);

    const files = await unzipBlob(exported.blob);
    const tampered = Object.keys(files).find((path) => path.includes('label'))!;
    files[tampered]![0]! ^= 1;
    const target = await setup({ dbName: 'target' });
    const report = await target.locker.importArchive(zipSync(files), 'case.zip');
    expect(report.kind).toBe('case');
    expect(report.added).toEqual([{ caseKey: ORDER.key, count: 2 }]);
    expect(report.problems.some((p) => p.startsWith(`${tampered}: `))).toBe(true);
    expect((await listEvidence(target.db)).evidence.map((e) => e.fileName).sort()).toEqual(['box.jpg', 'tape.jpg']);
    expect(await getOrder(target.db, ORDER.key)).toEqual(ORDER);
    const log = (await target.locker.custodyLog(ORDER.key)).log;
    expect(log.map((e) => e.kind)).toEqual(['imported', 'imported']);
    expect(log[0]!.detail).toBe('from case.zip, verified against its manifest');

    // The same ZIP again: nothing is written twice.
    const again = await target.locker.importArchive(zipSync(files), 'case.zip');
    expect(again.alreadyHad).toBe(2);
    expect(again.added).toEqual([{ caseKey: ORDER.key, count: 0 }]);
  });

  it('backs up everything, the unassigned items too, and restores it into an empty locker', async () => {
    const source = await setup({ dbName: 'source' });
    await putOrder(source.db, ORDER);
    await source.locker.addFiles([photo('box.jpg')], ORDER.key);
    await source.locker.addFiles([photo('loose.jpg')], null);
    const backup = await source.locker.exportEverything();
    expect(Object.keys(await unzipBlob(backup.blob)).filter((p) => p.endsWith('manifest.json')).sort()).toEqual([
      'cases/aliexpress-8181234567890123/manifest.json',
      'cases/unassigned/manifest.json',
      'manifest.json',
    ]);
    const target = await setup({ dbName: 'target' });
    const report = await target.locker.importArchive(new Uint8Array(await backup.blob.arrayBuffer()), 'backup.zip');
    expect(report).toMatchObject({ kind: 'backup', problems: [] });
    const { evidence } = await listEvidence(target.db);
    expect(evidence.map((e) => [e.fileName, e.orderKey]).sort()).toEqual([
      ['box.jpg', ORDER.key],
      ['loose.jpg', null],
    ]);
    expect(await getOrder(target.db, 'unassigned')).toBeNull(); // the placeholder order is never stored
  });

  it('names what a random file is instead of importing it', async () => {
    const { locker } = await setup();
    const report = await locker.importArchive(new TextEncoder().encode('not a zip'), 'notes.txt');
    expect(report.kind).toBe('unknown');
    expect(report.added).toEqual([]);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('warns before adding when less than 5% or 50 MB would be left, and asks for persistence once', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const estimate = vi.fn(() => Promise.resolve({ usage: 900 * MB, quota: 1000 * MB }));
    const { locker } = await setup({ storage: { estimate, persist, persisted: () => Promise.resolve(false) } });
    expect(await locker.warnBeforeAdding(60 * MB)).toEqual({ left: 40 * MB, quota: 1000 * MB });
    expect(await locker.warnBeforeAdding(10 * MB)).toBeNull();
    estimate.mockResolvedValue({ usage: 9_500 * MB, quota: 10_000 * MB }); // 500 MB left, but under 5%
    expect(await locker.warnBeforeAdding(1 * MB)).not.toBeNull();
    estimate.mockResolvedValue({ usage: 0, quota: 0 }); // no estimate: the write itself will tell
    expect(await locker.warnBeforeAdding(1 * MB)).toBeNull();
    await locker.ensurePersisted();
    await locker.ensurePersisted();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('on a full disk keeps the files added before it and every earlier item, and names the rest', async () => {
    const { db, locker } = await setup();
    await locker.addFiles([photo('kept.jpg')], null);
    const realPut = IDBObjectStore.prototype.put;
    let blobs = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'blobs' && ++blobs > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await locker.addFiles([photo('one.jpg'), photo('two.jpg'), photo('three.jpg')], null);
    vi.restoreAllMocks();
    expect(result.added.map((e) => e.fileName)).toEqual(['one.jpg']);
    expect(result.failed.map((f) => f.name)).toEqual(['two.jpg', 'three.jpg']);
    expect(result.failed[0]!.reason).toBe(new StorageFullError().message);
    expect((await listEvidence(db)).evidence.map((e) => e.fileName).sort()).toEqual(['kept.jpg', 'one.jpg']);
    expect((await locker.custodyLog('unassigned')).problems).toEqual([]);
  });

  it('lists orders, cases of orders no longer stored, and the unassigned case; logs items stored before the log', async () => {
    const { db, locker, custody } = await setup();
    await putOrder(db, ORDER);
    const { added } = await locker.addFiles([photo('orphan.jpg')], 'ebay:123');
    // An item from before v3: in the store, never logged.
    await db.put('evidence', { ...added[0]!, id: 'legacy', orderKey: ORDER.key, capturedAt: '2026-10-01T00:00:00Z' });
    await db.put('blobs', { id: 'legacy', blob: new Blob(['orphan.jpg']) });
    const { cases } = await locker.listCases();
    expect(cases.map((c) => [c.key, c.order?.key ?? null, c.evidence.length])).toEqual([
      [ORDER.key, ORDER.key, 1],
      ['ebay:123', null, 1],
      ['unassigned', null, 0],
    ]);
    expect((await custody.read(ORDER.key)).log.map((e) => [e.kind, e.evidenceId])).toEqual([['captured', 'legacy']]);
  });
});
