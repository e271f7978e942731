import { en, type Messages, type PluralKey, type TextKey } from './en';
import { pickPlural } from './plural';
import { ru } from './ru';
import type { UiLanguage } from './ui-language';

export const DICTIONARIES: Record<UiLanguage, Messages> = { en, ru };

export type Vars = Record<string, string | number>;

export interface Translator {
  language: UiLanguage;
  /** BCP 47 locale for Intl (dates, money, numbers). */
  locale: string;
  t: (key: TextKey, vars?: Vars) => string;
  /** The form of `key` for `count` ("1 день", "2 дня", "5 дней"); `{n}` is the count. */
  tn: (key: PluralKey, count: number, vars?: Vars) => string;
}

function fill(text: string, vars: Vars | undefined, locale: string): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

export function createTranslator(language: UiLanguage, locale: string): Translator {
  const messages = DICTIONARIES[language];
  return {
    language,
    locale,
    t: (key, vars) => fill(messages[key], vars, locale),
    tn: (key, count, vars) => fill(pickPlural(messages[key], count, locale), vars, locale),
  };
}
