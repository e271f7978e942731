import { getDraft } from '../platform/db/drafts';
import type { ClaimKitDatabase } from '../platform/db/open';
import { createCustodyService } from './create-custody-service';
import { createLockerService, type LockerServiceDeps } from './create-locker-service';
import { deadlinesFor, userTimeZone } from './deadlines-for-order';

/**
 * The locker service as an extension page (the locker, options) runs it: on the extension's own
 * IndexedDB, the same database as the background, so hundreds of MB of evidence never cross a
 * message. `mediaSize` measures photos and videos, which only a page with a DOM can do.
 */
export function createPageLocker(db: ClaimKitDatabase, mediaSize: LockerServiceDeps['mediaSize'], locale: () => string) {
  const now = () => new Date();
  const custody = createCustodyService({ db, now, warn: (message, error) => console.warn(message, error) });
  return createLockerService({
    db,
    custody,
    now,
    newId: () => crypto.randomUUID(),
    timeZone: userTimeZone,
    // The export's report and file names in the language of ClaimKit's pages.
    locale,
    storage: navigator.storage,
    mediaSize,
    deadlinesFor,
    // The complaint the user built for the case (its saved draft) goes into the export as complaint.txt.
    complaintTextFor: async (orderKey) => (await getDraft(db, orderKey))?.text,
    // A little longer than the 10 s the Undo button is shown, so a last-moment click still works.
    undoWindowMs: 12_000,
  });
}
