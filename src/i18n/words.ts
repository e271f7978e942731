import type { TranslationOf } from './define-messages';
import { pickPlural, type PluralForms } from './plural';
import type { UiLanguage } from './ui-language';

type Source = Record<string, string | PluralForms>;
type TextKeyOf<E extends Source> = { [K in keyof E]: E[K] extends string ? K : never }[keyof E] & string;
type CountKeyOf<E extends Source> = Exclude<keyof E, TextKeyOf<E>> & string;
export type Vars = Record<string, string | number>;

/** The locale Intl counts in for each language (plural rules, digit grouping). */
export const COUNT_LOCALE: Record<UiLanguage, string> = { en: 'en', ru: 'ru-RU' };

/**
 * Words for code outside the pages (the background, the deadline engine), which has no React
 * translator: `say(language, key, vars)` and `count(language, key, n, vars)` over one area's
 * defineMessages pair. `{name}` is filled from vars (numbers in the language's digits); an unknown
 * name stays as written; a filled value is never scanned again, so a value may contain braces.
 */
export function wordsFor<E extends Source>(words: { en: E; ru: TranslationOf<E> }) {
  const table = (language: UiLanguage): Record<string, string | PluralForms> => words[language];
  return {
    say: (language: UiLanguage, key: TextKeyOf<E>, vars: Vars = {}): string => fill(table(language)[key] as string, vars, COUNT_LOCALE[language]),
    count: (language: UiLanguage, key: CountKeyOf<E>, n: number, vars: Vars = {}): string =>
      fill(pickPlural(table(language)[key] as PluralForms, n, COUNT_LOCALE[language]), vars, COUNT_LOCALE[language]),
  };
}

function fill(text: string, vars: Vars, locale: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
