import { defineMessages } from './define-messages';
import { UI_LANGUAGES, type UiLanguage } from './ui-language';

/**
 * The manifest's words (the extension's name and description in the store and in chrome://extensions,
 * the toolbar button's title, the shortcut's description), as Chrome's _locales/<lang>/messages.json.
 * wxt.config.ts writes one file per language at build time; the manifest names them as __MSG_key__.
 */
export const MANIFEST_MESSAGES = defineMessages(
  {
    extName: 'ClaimKit',
    extDescription: 'Win marketplace disputes: read the order, keep the proof, never miss a deadline, write the complaint. Nothing leaves your computer.',
    actionTitle: 'ClaimKit: deadlines and evidence for this order',
    commandCaptureVisible: 'Capture the visible area as evidence',
  },
  {
    extName: 'ClaimKit',
    extDescription: 'Выигрывайте споры на маркетплейсах: данные заказа, доказательства, сроки и готовая жалоба. Ничего не уходит с компьютера.',
    actionTitle: 'ClaimKit: сроки и доказательства по этому заказу',
    commandCaptureVisible: 'Сохранить видимую часть страницы как доказательство',
  },
);

export type ManifestMessageKey = keyof typeof MANIFEST_MESSAGES.en;

/** What each message is for, written into messages.json for translators (Chrome's "description"). */
const PURPOSE: Record<ManifestMessageKey, string> = {
  extName: 'The extension’s name (at most 75 characters; a brand, the same in every language).',
  extDescription: 'The extension’s description in the store and the extensions page (at most 132 characters).',
  actionTitle: 'Tooltip of the toolbar button on pages that are not order pages.',
  commandCaptureVisible: 'Description of the keyboard shortcut (Alt+Shift+S) in the browser’s shortcut settings.',
};

/** Chrome's limits, in characters: developer.chrome.com/docs/extensions/reference/manifest/name and …/description. */
export const MANIFEST_MESSAGE_LIMITS: Partial<Record<ManifestMessageKey, number>> = { extName: 75, extDescription: 132 };

/** The manifest's reference to a message: Chrome and Firefox replace it with the text in the browser's language. */
export function manifestMessage(key: ManifestMessageKey): `__MSG_${ManifestMessageKey}__` {
  return `__MSG_${key}__`;
}

/** One language's _locales/<lang>/messages.json, as an object. */
export function chromeMessages(language: UiLanguage): Record<ManifestMessageKey, { message: string; description: string }> {
  const texts = MANIFEST_MESSAGES[language];
  const entries = (Object.keys(PURPOSE) as ManifestMessageKey[]).map((key) => [key, { message: texts[key], description: PURPOSE[key] }] as const);
  return Object.fromEntries(entries) as Record<ManifestMessageKey, { message: string; description: string }>;
}

/** Every _locales file to add to the build: path in the extension, and its JSON text. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return UI_LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(chromeMessages(language), null, 2)}\n`,
  }));
}
