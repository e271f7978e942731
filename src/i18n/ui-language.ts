import type { Settings } from '../model/settings';

export type UiLanguage = 'en' | 'ru';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ru'];

/**
 * The language of ClaimKit's pages: the one chosen in options, else the browser's (Russian for any
 * "ru…" browser language, English for everything else: the two languages ClaimKit speaks).
 */
export function resolveUiLanguage(setting: Settings['uiLanguage'], browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return /^ru\b/i.test(browserLanguage) ? 'ru' : 'en';
}

/** The BCP 47 locale Intl formats with: English keeps the browser's region (en-GB dates), Russian is ru-RU. */
export function intlLocaleFor(language: UiLanguage, browserLanguage: string): string {
  if (language === 'ru') return 'ru-RU';
  return /^en\b/i.test(browserLanguage) ? browserLanguage : 'en';
}
