import { browser } from 'wxt/browser';

/**
 * The browser's UI language ("ru", "en-GB"), which decides ClaimKit's language while the setting is
 * 'auto'; navigator's where the i18n API is missing (some test runners), else English.
 */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
  }
}
