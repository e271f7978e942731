import type { Contact } from '../../model/settings';
import type { TextKey } from '../../i18n/en';
import { useMessages } from '../i18n/use-messages';
import { FieldError } from './field-error';
import type { SectionProps } from './section-props';

interface ContactField {
  name: keyof Contact;
  label: TextKey;
  type: 'text' | 'email' | 'tel';
  /** Lets the browser offer what the user saved for themselves (WHATWG autofill tokens). */
  autoComplete: string;
}

const FIELDS: readonly ContactField[] = [
  { name: 'name', label: 'contactName', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'contactEmail', type: 'email', autoComplete: 'email' },
  { name: 'phone', label: 'contactPhone', type: 'tel', autoComplete: 'tel' },
  { name: 'country', label: 'contactCountry', type: 'text', autoComplete: 'country-name' },
];

/** Who the user is, for the complaints they build; it stays in the extension. */
export function ContactSection({ form, update, idFor, errorFor }: SectionProps) {
  const { t } = useMessages();
  const headingId = `${idFor('form')}-contact`;
  return (
    <section className="card options-section" aria-labelledby={headingId} aria-describedby={`${headingId}-note`}>
      <h2 id={headingId}>{t('contactTitle')}</h2>
      <p id={`${headingId}-note`} className="muted">
        {t('contactNote')}
      </p>
      <div className="contact-grid">
        {FIELDS.map((field) => {
          // Only the e-mail has a format to check; the other fields are free text.
          const id = field.name === 'email' ? idFor('email') : `${headingId}-${field.name}`;
          const error = field.name === 'email' ? errorFor('email') : undefined;
          return (
            <div key={field.name} className="field">
              <label htmlFor={id}>{t(field.label)}</label>
              <input
                id={id}
                type={field.type}
                autoComplete={field.autoComplete}
                value={form.contact[field.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => update({ contact: { ...form.contact, [field.name]: event.currentTarget.value } })}
              />
              <FieldError id={`${id}-error`} text={error} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
