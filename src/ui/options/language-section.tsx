import type { Language } from '../../model/complaint';
import type { Settings } from '../../model/settings';
import type { TextKey } from '../../i18n/en';
import { useMessages } from '../i18n/use-messages';
import type { SectionProps } from './section-props';

/** Each language named in itself, so a reader of either finds theirs. */
const LANGUAGES: readonly { value: Language; label: TextKey }[] = [
  { value: 'en', label: 'languageEnglish' },
  { value: 'ru', label: 'languageRussian' },
];

const UI_CHOICES: readonly { value: Settings['uiLanguage']; label: TextKey; lang?: string }[] = [
  { value: 'auto', label: 'uiLanguageAuto' },
  { value: 'en', label: 'languageEnglish', lang: 'en' },
  { value: 'ru', label: 'languageRussian', lang: 'ru' },
];

/** The language of ClaimKit itself; saved with the form, and the page switches at once. */
export function UiLanguageSection({ form, update, idFor }: SectionProps) {
  const { t } = useMessages();
  const headingId = `${idFor('form')}-ui-language`;
  return (
    <section className="card options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('uiLanguageTitle')}</h2>
      <p id={`${headingId}-note`} className="muted">
        {t('uiLanguageNote')}
      </p>
      <div role="radiogroup" aria-labelledby={headingId} aria-describedby={`${headingId}-note`} className="choices">
        {UI_CHOICES.map((choice) => (
          <label key={choice.value} className="check" lang={choice.lang}>
            <input
              type="radio"
              name={`${headingId}-choice`}
              value={choice.value}
              checked={form.uiLanguage === choice.value}
              onChange={() => update({ uiLanguage: choice.value })}
            />
            {t(choice.label)}
          </label>
        ))}
      </div>
    </section>
  );
}

export function LanguageSection({ form, update, idFor }: SectionProps) {
  const { t } = useMessages();
  const headingId = `${idFor('form')}-language`;
  return (
    <section className="card options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('complaintLanguageTitle')}</h2>
      <p id={`${headingId}-note`} className="muted">
        {t('complaintLanguageNote')}
      </p>
      <div role="radiogroup" aria-labelledby={headingId} aria-describedby={`${headingId}-note`} className="choices">
        {LANGUAGES.map((language) => (
          <label key={language.value} className="check" lang={language.value}>
            <input
              type="radio"
              name={`${headingId}-choice`}
              value={language.value}
              checked={form.complaintLanguage === language.value}
              onChange={() => update({ complaintLanguage: language.value })}
            />
            {t(language.label)}
          </label>
        ))}
      </div>
    </section>
  );
}
