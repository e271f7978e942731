import { getSettings } from '../../src/platform/db/meta';
import { openClaimKitDb } from '../../src/platform/db/open';
import { createPageLocker } from '../../src/services/create-page-locker';
import { userTimeZone } from '../../src/services/deadlines-for-order';
import { LockerApp } from '../../src/ui/locker/locker-app';
import { mountPage, pageLocale } from '../../src/ui/mount-page';
import { mediaSize } from './media-size';
import '../../src/ui/styles.css';
import '../../src/ui/locker/locker.css';

// The locker page (chrome-extension://…/evidence.html) works on the extension's own IndexedDB,
// the same database as the background: no message round trip for hundreds of MB of evidence.
void openClaimKitDb().then(async (db) => {
  const language = await getSettings(db).then(
    (settings) => settings.uiLanguage,
    () => 'auto' as const,
  );
  const locker = createPageLocker(db, mediaSize, () => pageLocale(language));
  mountPage(<LockerApp api={locker} timeZone={userTimeZone()} />, language, 'lockerTitle');
});
