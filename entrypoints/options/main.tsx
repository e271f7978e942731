import { openClaimKitDb } from '../../src/platform/db/open';
import { sendMessage } from '../../src/platform/messaging';
import { createPageLocker } from '../../src/services/create-page-locker';
import { mountPage, pageLocale, uiLanguageSetting } from '../../src/ui/mount-page';
import type { DataApi } from '../../src/ui/options/data-api';
import { OptionsApp } from '../../src/ui/options/options-app';
import { mediaSize } from '../evidence/media-size';
import '../../src/ui/styles.css';
import '../../src/ui/options/options.css';

// Export and storage figures come from the extension's own IndexedDB, like the locker page;
// deleting goes through the background, which also clears the reminders planned from the data.
void Promise.all([openClaimKitDb(), uiLanguageSetting()]).then(([db, language]) => {
  const locker = createPageLocker(db, mediaSize, () => pageLocale(language));
  const data: DataApi = {
    storageInfo: () => locker.storageInfo(),
    exportEverything: () => locker.exportEverything(),
    deleteEverything: () => sendMessage('data/delete-all', { confirm: 'delete everything' }),
  };
  mountPage(<OptionsApp data={data} />, language, 'optionsTitle');
});
