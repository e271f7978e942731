import { describe, expect, it } from 'vitest';
import { en, MESSAGE_AREAS } from './en';
import { isPluralForms, pickPlural, type PluralForms } from './plural';
import { ru } from './ru';
import { createTranslator } from './translator';
import { intlLocaleFor, resolveUiLanguage } from './ui-language';

/** Keys whose Russian text is rightly the same as the English: names, and the dictionary's own tag. */
const SAME_IN_BOTH = new Set(['appName', 'languageEnglish', 'languageRussian']);
const isBrand = (key: string) => key.startsWith('marketplace_') && key !== 'marketplace_generic';
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (value: string | PluralForms) => (isPluralForms(value) ? Object.values(value).filter((v): v is string => v !== undefined) : [value]);

describe('dictionaries', () => {
  it('no two areas define the same key (one would silently hide the other)', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(MESSAGE_AREAS)) {
      for (const key of Object.keys(messages.en)) {
        expect(seen.get(key), `${key} is in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('Russian has every English key and no other', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is translated into Russian, with the same placeholders', (key) => {
    const english = en[key as keyof typeof en];
    const russian = ru[key as keyof typeof ru];
    expect(isPluralForms(russian)).toBe(isPluralForms(english));
    for (const text of texts(russian)) {
      if (SAME_IN_BOTH.has(key) || isBrand(key)) continue;
      expect(text, `ru.${key} has no Russian letter: left in English?`).toMatch(/[а-яё]/i);
      expect(placeholders(text)).toEqual(placeholders(texts(english)[0] ?? ''));
    }
    if (isPluralForms(russian)) expect(Object.keys(russian).sort(), `ru.${key} needs one, few, many and other`).toEqual(['few', 'many', 'one', 'other']);
  });
});

describe('plural forms', () => {
  const days: PluralForms = { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' };
  it.each([
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [25, '25 дней'],
    [111, '111 дней'],
    [1.5, '1,5 дня'],
  ])('Russian: %s → %s', (count, text) => {
    expect(pickPlural(days, count, 'ru-RU')).toBe(text);
  });

  it('English: 1 day, 2 days, 1,000 days', () => {
    const forms: PluralForms = { one: '{n} day', other: '{n} days' };
    expect(pickPlural(forms, 1, 'en')).toBe('1 day');
    expect(pickPlural(forms, 2, 'en')).toBe('2 days');
    expect(pickPlural(forms, 1000, 'en-US')).toBe('1,000 days');
  });
});

describe('translator', () => {
  it('fills {name} values, numbers in the locale', () => {
    const t = createTranslator('ru', 'ru-RU');
    expect(t.t('orderNumber')).toBe('Номер заказа');
    const english = createTranslator('en', 'en-GB');
    expect(english.t('orderNumber')).toBe('Order number');
  });
});

describe('UI language', () => {
  it.each([
    ['auto', 'ru', 'ru'],
    ['auto', 'ru-RU', 'ru'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['auto', 'rue', 'en'],
    ['ru', 'en-US', 'ru'],
    ['en', 'ru-RU', 'en'],
  ] as const)('setting %s with browser %s → %s', (setting, browser, expected) => {
    expect(resolveUiLanguage(setting, browser)).toBe(expected);
  });

  it('English keeps the browser region for dates; Russian is ru-RU', () => {
    expect(intlLocaleFor('en', 'en-GB')).toBe('en-GB');
    expect(intlLocaleFor('en', 'de-DE')).toBe('en');
    expect(intlLocaleFor('ru', 'en-US')).toBe('ru-RU');
  });
});
