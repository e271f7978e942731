import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { sendMessage } from '../platform/messaging';
import type { TextKey } from '../i18n/en';
import { intlLocaleFor, resolveUiLanguage } from '../i18n/ui-language';
import { I18nRoot } from './i18n/i18n-root';

/** The browser's UI language; navigator's where the i18n API is missing. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

/** The language chosen in options; 'auto' (the browser's) when the settings cannot be read. */
export async function uiLanguageSetting(): Promise<Settings['uiLanguage']> {
  try {
    return (await sendMessage('settings/get', {})).uiLanguage;
  } catch {
    return DEFAULT_SETTINGS.uiLanguage;
  }
}

/** The Intl locale of the pages for a language setting (what the translator formats with). */
export function pageLocale(setting: Settings['uiLanguage']): string {
  const browserLanguage = browserUiLanguage();
  return intlLocaleFor(resolveUiLanguage(setting, browserLanguage), browserLanguage);
}

/** Renders one of ClaimKit's pages into #root, in the user's language. */
export function mountPage(app: ReactNode, setting: Settings['uiLanguage'], title: TextKey): void {
  createRoot(document.getElementById('root')!).render(
    <I18nRoot setting={setting} browserLanguage={browserUiLanguage()} title={title}>
      {app}
    </I18nRoot>,
  );
}
