import { createRoot } from 'react-dom/client';
import { targetTab } from '../../src/platform/tabs';
import { PopupApp } from '../../src/ui/popup/popup-app';
import '../../src/ui/styles.css';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

void targetTab(location.search).then((tab) => {
  createRoot(document.getElementById('root')!).render(<PopupApp tabId={tab.id} pageUrl={tab.url ?? 'about:blank'} timeZone={timeZone} />);
});
