import type { Language } from '../../model/complaint';
import type { MessageKey } from '../../i18n/en';
import { useMessages } from '../i18n/use-messages';
import type { SectionProps } from './section-props';

/** Each language named in itself, so a reader of either finds theirs. */
const LANGUAGES: readonly { value: Language; label: MessageKey }[] = [
  { value: 'en', label: 'languageEnglish' },
  { value: 'ru', label: 'languageRussian' },
];

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
