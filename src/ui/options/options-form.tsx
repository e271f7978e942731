import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../model/settings';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';
import { ContactSection } from './contact-section';
import { useSetUiLanguage } from '../i18n/i18n-root';
import { LanguageSection, UiLanguageSection } from './language-section';
import { MarketplacesSection } from './marketplaces-section';
import { RemindersSection } from './reminders-section';
import type { SectionProps } from './section-props';
import { fromForm, toForm, type FieldKey, type FormProblem, type SettingsForm } from './settings-form';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/**
 * Edits the settings and saves them with one button. Nothing is sent until the whole form passes
 * settingsSchema; every problem is listed (role=alert) and shown at its field, which gets focus.
 */
export function OptionsForm({ initial }: { initial: Settings }) {
  const { t } = useMessages();
  const base = useId();
  const [form, setForm] = useState<SettingsForm>(() => toForm(initial));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const setUiLanguage = useSetUiLanguage();

  const idFor = (field: FieldKey) => `${base}-${field}`;
  const problemText = (p: FormProblem) => `${p.subject}: ${t(p.message)}`;
  const errorFor = (field: FieldKey) => {
    const found = problems.find((p) => p.field === field);
    return found && problemText(found);
  };
  const update = (change: Partial<SettingsForm>) => {
    setForm((current) => ({ ...current, ...change }));
    // "Saved" must not stay on screen over changes that are not saved yet.
    setSave((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = fromForm(form, t);
    if (!result.ok) {
      setProblems(result.problems);
      setSave({ kind: 'idle' });
      const first = result.problems[0];
      if (first) document.getElementById(idFor(first.field))?.focus();
      return;
    }
    setProblems([]);
    setSave({ kind: 'saving' });
    try {
      const saved = await sendMessage('settings/save', result.settings);
      setForm(toForm(saved));
      setSave({ kind: 'saved' });
      setUiLanguage(saved.uiLanguage);
    } catch (error) {
      setSave({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  const sections: SectionProps = { form, update, idFor, errorFor };
  return (
    <form className="form options-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <UiLanguageSection {...sections} />
      <ContactSection {...sections} />
      <LanguageSection {...sections} />
      <RemindersSection {...sections} />
      <MarketplacesSection {...sections} />
      {problems.length > 0 && (
        <div role="alert" className="notice notice--error">
          <strong>{t('notSaved')}</strong>
          <ul className="problems">
            {problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {save.kind === 'failed' && (
        <div role="alert" className="notice notice--error">
          <strong>{t('saveFailed')}:</strong> {save.error}
        </div>
      )}
      <div className="save-bar">
        <button type="submit" className="button button--primary" disabled={save.kind === 'saving'}>
          {t('saveSettings')}
        </button>
        {/* Always in the page, so screen readers announce the text when it appears. */}
        <p role="status" className="save-status">
          {save.kind === 'saving' ? t('saving') : save.kind === 'saved' ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
