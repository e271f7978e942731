import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ClaimKitDB } from './schema';

type UpgradeTx = IDBPTransaction<ClaimKitDB, StoreNames<ClaimKitDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<ClaimKitDB>, tx: UpgradeTx) => void;

/**
 * One numbered step per schema version; step N upgrades N-1 → N. Steps must only be appended,
 * never edited: users have databases at every earlier version. Each version has a snapshot in
 * tests/fixtures/db/vN.json and a test migrating it to the current version with nothing lost.
 * Steps must not await anything but IDB requests (the upgrade transaction would close).
 */
export const migrations: Step[] = [
  // v1: orders, evidence metadata, evidence bytes.
  (db) => {
    const orders = db.createObjectStore('orders', { keyPath: 'key' });
    orders.createIndex('by-updated', 'updatedAt');
    const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
    evidence.createIndex('by-order', 'orderKey');
    evidence.createIndex('by-captured', 'capturedAt');
    db.createObjectStore('blobs', { keyPath: 'id' });
  },
  // v2: settings and reminder bookkeeping (meta, one record per key), complaint drafts per order.
  (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('drafts', { keyPath: 'orderKey' });
  },
  // v3: the custody log (issue 10), one row per line keyed [caseKey, seq]. The key makes a line
  // unique: two contexts (background and locker page) appending the same seq cannot both win.
  // Items stored before v3 have no line; the custody service adds one when it first reads the case.
  (db) => {
    db.createObjectStore('custody', { keyPath: ['caseKey', 'seq'] });
  },
];

export const DB_VERSION = migrations.length;

/** Runs the steps from oldVersion+1 up to newVersion. */
export function runMigrations(db: IDBPDatabase<ClaimKitDB>, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = migrations[version - 1];
    if (!step) throw new Error(`no migration to database version ${version}`);
    step(db, tx);
  }
}
