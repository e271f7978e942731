import { describe, expect, it } from 'vitest';
import { buildManifest } from '../manifest/build-manifest';
import { translateActionTitle } from '../manifest/translated-action-title';
import { chromeMessages, localeFiles, MANIFEST_MESSAGE_LIMITS, MANIFEST_MESSAGES, type ManifestMessageKey } from './manifest-messages';

const files = localeFiles();
const parsed = Object.fromEntries(files.map((f) => [f.relativeDest, JSON.parse(f.contents) as Record<string, { message: string; description: string }>]));

describe('the generated _locales files', () => {
  it('are one per language, each with the same keys', () => {
    expect(Object.keys(parsed).sort()).toEqual(['_locales/en/messages.json', '_locales/ru/messages.json']);
    expect(Object.keys(parsed['_locales/ru/messages.json']!).sort()).toEqual(Object.keys(parsed['_locales/en/messages.json']!).sort());
  });

  it('are Chrome messages.json: a message and a description for every key, names Chrome accepts', () => {
    for (const messages of Object.values(parsed)) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim().length).toBeGreaterThan(0);
        expect(entry.description.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(['en', 'ru'] as const)('keep %s within Chrome’s limits', (language) => {
    for (const [key, limit] of Object.entries(MANIFEST_MESSAGE_LIMITS)) {
      expect(chromeMessages(language)[key as ManifestMessageKey].message.length, key).toBeLessThanOrEqual(limit);
    }
  });

  it('are in Russian where they are not the brand', () => {
    for (const [key, text] of Object.entries(MANIFEST_MESSAGES.ru)) if (key !== 'extName') expect(text, key).toMatch(/[а-яё]/i);
    expect(MANIFEST_MESSAGES.ru.extName).toBe(MANIFEST_MESSAGES.en.extName);
  });

  it('give the toolbar button its translated title over the popup’s <title>, in MV3 and MV2', () => {
    const mv3 = { action: { default_title: 'ClaimKit', default_popup: 'popup.html' } };
    const mv2 = { browser_action: { default_title: 'ClaimKit' } };
    translateActionTitle(null, mv3);
    translateActionTitle(null, mv2);
    expect(mv3.action).toEqual({ default_title: '__MSG_actionTitle__', default_popup: 'popup.html' });
    expect(mv2.browser_action.default_title).toBe('__MSG_actionTitle__');
    expect(parsed['_locales/en/messages.json']).toHaveProperty('actionTitle');
  });

  it.each(['chrome', 'firefox'])('hold every __MSG_…__ the %s manifest names, and the manifest says English is the default', (browser) => {
    const manifest = buildManifest({ browser, mode: 'production' });
    expect(manifest.default_locale).toBe('en');
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used.sort()).toEqual(['commandCaptureVisible', 'extDescription', 'extName']);
    for (const key of used) expect(parsed['_locales/en/messages.json']).toHaveProperty([key!]);
  });
});
