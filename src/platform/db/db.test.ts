import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { StorageFullError } from './errors';
import { deleteEvidence, getEvidenceBlob, listEvidence, putEvidence } from './evidence';
import { DB_VERSION } from './migrations';
import { openClaimKitDb } from './open';
import { getOrder, listOrders, putOrder } from './orders';
import { getDraft } from './drafts';
import { getMeta, getSettings, putMeta, type MetaKey } from './meta';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { verifyLog } from '../../core/evidence/custody-log';
import { addCustodyEntries, listCustodyCases, readCustodyLog } from './custody';
import { editEvidence, getEvidence } from './evidence-edit';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const SNAPSHOT_DIR = join(import.meta.dirname, '../../../tests/fixtures/db');

interface Snapshot {
  version: number;
  stores: {
    orders: unknown[];
    evidence: unknown[];
    blobs: { id: string; base64: string; type: string }[];
    meta?: { key: string; value: unknown }[];
    drafts?: { orderKey: string }[];
    custody?: { caseKey: string; seq: number }[];
  };
}

function loadSnapshots(): Snapshot[] {
  return readdirSync(SNAPSHOT_DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(SNAPSHOT_DIR, f), 'utf8')) as Snapshot);
}

describe('database migrations', () => {
  it('has a snapshot for every schema version', () => {
    const versions = loadSnapshots().map((s) => s.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(loadSnapshots().map((s) => [s.version, s] as const))('upgrades a v%i database with every record kept', async (_v, snapshot) => {
    const old = await openClaimKitDb('migrate', snapshot.version);
    for (const order of snapshot.stores.orders) await old.put('orders', order);
    for (const ev of snapshot.stores.evidence) await old.put('evidence', ev);
    for (const b of snapshot.stores.blobs) await old.put('blobs', { id: b.id, blob: new Blob([Buffer.from(b.base64, 'base64')], { type: b.type }) });
    for (const m of snapshot.stores.meta ?? []) await old.put('meta', m);
    for (const d of snapshot.stores.drafts ?? []) await old.put('drafts', d);
    for (const c of snapshot.stores.custody ?? []) await old.put('custody', c);
    old.close();

    const db = await openClaimKitDb('migrate');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['blobs', 'custody', 'drafts', 'evidence', 'meta', 'orders']);
    const { orders, broken } = await listOrders(db);
    expect(broken).toEqual([]);
    expect(orders.map((o) => o.key)).toEqual(snapshot.stores.orders.map((o) => (o as { key: string }).key));
    const { evidence } = await listEvidence(db);
    expect(evidence.map((e) => e.id).sort()).toEqual(snapshot.stores.evidence.map((e) => (e as { id: string }).id).sort());
    for (const b of snapshot.stores.blobs) {
      const blob = await getEvidenceBlob(db, b.id);
      expect(Buffer.from(await blob!.arrayBuffer()).toString('base64')).toBe(b.base64);
    }
    for (const m of snapshot.stores.meta ?? []) {
      const key = m.key as MetaKey;
      expect(await getMeta(db, key), `meta ${key}`).toEqual(m.value);
    }
    for (const d of snapshot.stores.drafts ?? []) expect(await getDraft(db, d.orderKey)).toEqual(d);
    const rows = snapshot.stores.custody ?? [];
    for (const caseKey of new Set(rows.map((r) => r.caseKey))) {
      const { log, broken } = await readCustodyLog(db, caseKey);
      expect(broken).toEqual([]);
      expect(log.map((e) => e.seq)).toEqual(rows.filter((r) => r.caseKey === caseKey).map((r) => r.seq));
      expect(await verifyLog(log), `custody log of ${caseKey}`).toEqual([]);
    }
    db.close();
  });
});

describe('orders store', () => {
  it('round-trips an order and refuses an invalid one without writing it', async () => {
    const db = await openClaimKitDb();
    await putOrder(db, fakeOrder());
    expect((await getOrder(db, 'aliexpress:8181234567890123'))?.total).toEqual({ minor: 1234, currency: 'USD' });
    await expect(putOrder(db, fakeOrder({ orderId: 'x', key: 'k2', total: { minor: 1.5, currency: 'USD' } }))).rejects.toThrow();
    expect(await getOrder(db, 'k2')).toBeNull();
  });

  it('lists the good orders and names a broken record instead of failing', async () => {
    const db = await openClaimKitDb();
    await putOrder(db, fakeOrder());
    await db.put('orders', { key: 'aliexpress:broken', updatedAt: '2026-11-24T11:00:00.000Z', total: 'lots' });
    const { orders, broken } = await listOrders(db);
    expect(orders.map((o) => o.key)).toEqual(['aliexpress:8181234567890123']);
    expect(broken).toEqual([expect.objectContaining({ store: 'orders', key: 'aliexpress:broken' })]);
  });
});

describe('evidence store', () => {
  it('keeps bytes apart from metadata: listing returns metadata only', async () => {
    const db = await openClaimKitDb();
    await putEvidence(db, fakeEvidence(), new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }));
    const { evidence } = await listEvidence(db, { orderKey: 'aliexpress:8181234567890123' });
    expect(evidence).toHaveLength(1);
    expect(Object.keys(evidence[0]!)).not.toContain('blob');
    const blob = await getEvidenceBlob(db, 'ev-1');
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual([1, 2, 3, 4]);
    await deleteEvidence(db, 'ev-1');
    expect(await getEvidenceBlob(db, 'ev-1')).toBeNull();
    expect((await listEvidence(db)).evidence).toEqual([]);
  });

  it('refuses metadata whose size does not match the bytes', async () => {
    const db = await openClaimKitDb();
    await expect(putEvidence(db, fakeEvidence({ size: 99 }), new Blob(['abcd']))).rejects.toThrow(/size 99/);
    expect((await listEvidence(db)).evidence).toEqual([]);
  });

  it('on a full disk saves nothing of the new item, says so, and keeps the earlier ones', async () => {
    const db = await openClaimKitDb();
    await putEvidence(db, fakeEvidence({ id: 'kept' }), new Blob(['abcd']));

    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'blobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const failed = putEvidence(db, fakeEvidence({ id: 'new' }), new Blob(['efgh']));
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(/storage is full.*earlier evidence is intact/);
    vi.restoreAllMocks();

    const { evidence } = await listEvidence(db);
    expect(evidence.map((e) => e.id)).toEqual(['kept']);
    expect(await getEvidenceBlob(db, 'new')).toBeNull();
    expect(await getEvidenceBlob(db, 'kept')).not.toBeNull();
  });
});

describe('settings and meta', () => {
  it('gives defaults on a fresh database and keeps valid fields of a partly broken record', async () => {
    const db = await openClaimKitDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await db.put('meta', { key: 'settings', value: { ...DEFAULT_SETTINGS, complaintLanguage: 'ru', reminderLeadTimesMinutes: 'soon' } });
    const settings = await getSettings(db);
    expect(settings.complaintLanguage).toBe('ru');
    expect(settings.reminderLeadTimesMinutes).toEqual(DEFAULT_SETTINGS.reminderLeadTimesMinutes);
  });

  it('refuses to store an invalid meta value', async () => {
    const db = await openClaimKitDb();
    await expect(putMeta(db, 'remindersCheckedAt', 'yesterday')).rejects.toThrow();
    expect(await getMeta(db, 'remindersCheckedAt')).toBeNull();
  });
});

describe('custody store', () => {
  const line = (seq: number, prevHash: string) => ({
    at: '2026-11-24T10:05:00.000Z',
    kind: 'captured' as const,
    evidenceId: `ev-${seq}`,
    sha256: 'a'.repeat(64),
    seq,
    prevHash,
    hash: String(seq).repeat(64).slice(0, 64),
  });

  it('keeps each case’s lines apart, in seq order, and refuses a seq that is taken', async () => {
    const db = await openClaimKitDb();
    expect(await addCustodyEntries(db, 'b', [line(0, '0'.repeat(64))])).toBe(true);
    expect(await addCustodyEntries(db, 'a', [line(0, '0'.repeat(64)), line(1, '0'.repeat(64))])).toBe(true);
    // All or none: seq 2 is free, but seq 1 is taken, so neither is written.
    expect(await addCustodyEntries(db, 'a', [{ ...line(1, '0'.repeat(64)), evidenceId: 'other' }, line(2, '0'.repeat(64))])).toBe(false);
    expect((await readCustodyLog(db, 'a')).log.map((e) => [e.seq, e.evidenceId])).toEqual([[0, 'ev-0'], [1, 'ev-1']]);
    expect((await readCustodyLog(db, 'b')).log).toHaveLength(1);
    expect((await listCustodyCases(db)).sort()).toEqual(['a', 'b']);
  });

  it('names a broken line instead of trusting or throwing', async () => {
    const db = await openClaimKitDb();
    await db.put('custody', { caseKey: 'a', seq: 0, kind: 'teleported' });
    const { log, broken } = await readCustodyLog(db, 'a');
    expect(log).toEqual([]);
    expect(broken).toEqual([expect.objectContaining({ store: 'custody', key: 'a#0' })]);
  });
});

describe('evidence edits', () => {
  it('changes the note and order but never the bytes, and says null for a missing item', async () => {
    const db = await openClaimKitDb();
    await putEvidence(db, fakeEvidence(), new Blob(['abcd']));
    const edited = await editEvidence(db, 'ev-1', { note: 'box crushed', orderKey: null });
    expect(edited).toMatchObject({ note: 'box crushed', orderKey: null, sha256: 'a'.repeat(64) });
    expect(await getEvidence(db, 'ev-1')).toEqual(edited);
    expect(await (await getEvidenceBlob(db, 'ev-1'))!.text()).toBe('abcd');
    expect(await editEvidence(db, 'nope', { note: 'x' })).toBeNull();
  });
});
