import type { FirstQuestions } from '../../platform/first-questions';
import { readSentReply } from '../../platform/messaging';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { mountPage } from '../mount-page';
import { PopupApp } from './popup-app';

/** Shows the popup with the answers to its first questions (asked by entrypoints/popup/main.tsx before this loaded). */
export async function startPopup(first: FirstQuestions): Promise<void> {
  if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:popup-modules');
  const tab = await first.tab.catch(() => ({ id: null, url: undefined }));
  // The language chosen in options; the browser's ('auto') when the settings cannot be read.
  const language = await readSentReply('settings/get', first.settings).then(
    (settings) => settings.uiLanguage,
    () => DEFAULT_SETTINGS.uiLanguage,
  );
  const firstState = tab.id === null ? undefined : readSentReply('tab/get-state', first.state);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:popup-mount');
  mountPage(<PopupApp tabId={tab.id} pageUrl={tab.url ?? 'about:blank'} timeZone={timeZone} firstState={firstState} />, language, 'appName');
}
