import { targetTab } from '../../src/platform/tabs';
import { mountPage, uiLanguageSetting } from '../../src/ui/mount-page';
import { PopupApp } from '../../src/ui/popup/popup-app';
import '../../src/ui/styles.css';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

void Promise.all([targetTab(location.search), uiLanguageSetting()]).then(([tab, language]) => {
  mountPage(<PopupApp tabId={tab.id} pageUrl={tab.url ?? 'about:blank'} timeZone={timeZone} />, language, 'appName');
});
