import { getDraft } from '../../src/platform/db/drafts';
import { getSettings } from '../../src/platform/db/meta';
import { openClaimKitDb } from '../../src/platform/db/open';
import { createCustodyService } from '../../src/services/create-custody-service';
import { createLockerService } from '../../src/services/create-locker-service';
import { deadlinesFor, userTimeZone } from '../../src/services/deadlines-for-order';
import { LockerApp } from '../../src/ui/locker/locker-app';
import { mountPage } from '../../src/ui/mount-page';
import { mediaSize } from './media-size';
import '../../src/ui/styles.css';
import '../../src/ui/locker/locker.css';

// The locker page (chrome-extension://…/evidence.html) works on the extension's own IndexedDB,
// the same database as the background: no message round trip for hundreds of MB of evidence.
void openClaimKitDb().then(async (db) => {
  const now = () => new Date();
  const custody = createCustodyService({ db, now, warn: (message, error) => console.warn(message, error) });
  const locker = createLockerService({
    db,
    custody,
    now,
    newId: () => crypto.randomUUID(),
    timeZone: userTimeZone,
    locale: () => navigator.language || 'en',
    storage: navigator.storage,
    mediaSize,
    deadlinesFor,
    // The complaint the user built for the case (its saved draft) goes into the export as complaint.txt.
    complaintTextFor: async (orderKey) => (await getDraft(db, orderKey))?.text,
    // A little longer than the 10 s the Undo button is shown, so a last-moment click still works.
    undoWindowMs: 12_000,
  });
  const language = await getSettings(db).then(
    (settings) => settings.uiLanguage,
    () => 'auto' as const,
  );
  mountPage(<LockerApp api={locker} timeZone={userTimeZone()} />, language, 'lockerTitle');
});
