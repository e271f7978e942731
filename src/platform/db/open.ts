import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import type { ClaimKitDB } from './schema';

export type ClaimKitDatabase = IDBPDatabase<ClaimKitDB>;

export const DB_NAME = 'claimkit';

/**
 * Opens (and upgrades) ClaimKit's database. `version` exists for migration tests, which open
 * older versions to seed them; the app always opens the current one.
 */
export function openClaimKitDb(name = DB_NAME, version = DB_VERSION): Promise<ClaimKitDatabase> {
  return openDB<ClaimKitDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(db, tx, oldVersion, newVersion ?? version);
    },
    blocking(_current, _blocked, event) {
      // Another context (an updated popup or worker) wants a newer version: let it in.
      (event.target as IDBDatabase).close();
    },
  });
}
