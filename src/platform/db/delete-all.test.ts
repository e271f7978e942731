import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { deleteAllData } from './delete-all';
import { getEvidenceBlob, listEvidence, putEvidence } from './evidence';
import { getSettings, putMeta } from './meta';
import { openClaimKitDb } from './open';
import { listOrders, putOrder } from './orders';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('delete everything', () => {
  it('removes orders, evidence, bytes and settings, and says how many', async () => {
    const db = await openClaimKitDb();
    await putOrder(db, fakeOrder());
    await putEvidence(db, fakeEvidence({ id: 'a' }), new Blob(['abcd']));
    await putEvidence(db, fakeEvidence({ id: 'b' }), new Blob(['efgh']));
    await putMeta(db, 'settings', { ...DEFAULT_SETTINGS, contact: { ...DEFAULT_SETTINGS.contact, name: 'Anna' } });

    expect(await deleteAllData(db)).toEqual({ orders: 1, evidence: 2 });
    expect((await listOrders(db)).orders).toEqual([]);
    expect((await listEvidence(db)).evidence).toEqual([]);
    expect(await getEvidenceBlob(db, 'a')).toBeNull();
    expect((await getSettings(db)).contact.name).toBe('');
  });

  it('is all or nothing: a failure part-way deletes nothing', async () => {
    const db = await openClaimKitDb();
    await putOrder(db, fakeOrder());
    await putEvidence(db, fakeEvidence({ id: 'a' }), new Blob(['abcd']));
    const realClear = IDBObjectStore.prototype.clear;
    IDBObjectStore.prototype.clear = function (this: IDBObjectStore) {
      if (this.name === 'drafts') throw new DOMException('disk gone', 'UnknownError');
      return realClear.call(this);
    };
    try {
      await expect(deleteAllData(db)).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.clear = realClear;
    }
    expect((await listOrders(db)).orders).toHaveLength(1);
    expect(await getEvidenceBlob(db, 'a')).not.toBeNull();
  });
});
