import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../model/settings';
import type { TextKey } from '../../i18n/en';
import { createTranslator } from '../../i18n/translator';
import { intlLocaleFor, resolveUiLanguage } from '../../i18n/ui-language';
import { I18nContext } from './use-messages';

type LanguageSetting = Settings['uiLanguage'];

const SetLanguageContext = createContext<(setting: LanguageSetting) => void>(() => {});

/** For the options page: switch the page's language at once when the user saves another one. */
export function useSetUiLanguage(): (setting: LanguageSetting) => void {
  return useContext(SetLanguageContext);
}

export interface I18nRootProps {
  setting: LanguageSetting;
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  browserLanguage: string;
  /** The page's title (the tab or window name). */
  title?: TextKey;
  children: ReactNode;
}

/** Gives the page its translator, and keeps <html lang> true so screen readers pronounce it right. */
export function I18nRoot({ setting: initial, browserLanguage, title, children }: I18nRootProps) {
  const [setting, setSetting] = useState(initial);
  const translator = useMemo(() => {
    const language = resolveUiLanguage(setting, browserLanguage);
    return createTranslator(language, intlLocaleFor(language, browserLanguage));
  }, [setting, browserLanguage]);
  useEffect(() => {
    document.documentElement.lang = translator.language;
    if (title) document.title = translator.t(title);
  }, [translator, title]);
  return (
    <SetLanguageContext.Provider value={setSetting}>
      <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
    </SetLanguageContext.Provider>
  );
}
