import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from '../../i18n/translator';

/**
 * The page's language. Pages are mounted inside a provider (mount-page.tsx) with the language from
 * settings or the browser; a component rendered without one (unit tests) speaks English.
 */
export const I18nContext = createContext<Translator>(createTranslator('en', 'en'));

export function useMessages(): Translator {
  return useContext(I18nContext);
}
