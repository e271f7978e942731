import type { PluralForms } from './plural';

type Source = Record<string, string | PluralForms>;
/** The Russian side must have every key of the English side, of the same kind (text or plural). */
export type TranslationOf<E extends Source> = { [K in keyof E]: E[K] extends string ? string : PluralForms };

/**
 * One area's strings in both languages, side by side so a translator sees each English string next
 * to its Russian one. TypeScript rejects a Russian side with a key missing or extra.
 */
export function defineMessages<const E extends Source>(en: E, ru: TranslationOf<E>): { en: E; ru: TranslationOf<E> } {
  return { en, ru };
}
