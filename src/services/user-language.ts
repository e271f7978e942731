import type { UiLanguage } from '../i18n/ui-language';
import { intlLocaleFor, resolveUiLanguage } from '../i18n/ui-language';
import type { Settings } from '../model/settings';
import { getSettings } from '../platform/db/meta';
import type { ClaimKitDatabase } from '../platform/db/open';

export interface UserLanguage {
  readonly language: UiLanguage;
  /** BCP 47 locale for Intl dates and numbers, as the pages use (ui-language.ts). */
  readonly locale: string;
}

/**
 * The language the background speaks (notifications, the toolbar tooltip, menus, deadline labels):
 * the one chosen in options, else the browser's, exactly as the pages resolve it.
 */
export function userLanguage(settings: Pick<Settings, 'uiLanguage'>, browserLanguage: string): UserLanguage {
  const language = resolveUiLanguage(settings.uiLanguage, browserLanguage);
  return { language, locale: intlLocaleFor(language, browserLanguage) };
}

/** The user's language as the stored settings and the browser decide it now. */
export async function currentUserLanguage(db: ClaimKitDatabase, browserLanguage: () => string): Promise<UserLanguage> {
  return userLanguage(await getSettings(db), browserLanguage());
}
