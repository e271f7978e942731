import { useMessages } from '../i18n/use-messages';
import { FieldError } from './field-error';
import type { SectionProps } from './section-props';

/** 0…23 as "00:00"…"23:00": the same in every language, and no 12/24-hour guessing. */
const HOURS = Array.from({ length: 24 }, (_, hour) => ({ hour, label: `${String(hour).padStart(2, '0')}:00` }));

/** A night is the usual wish; from 22 to 8 spans midnight (core/reminders/quiet-hours.ts handles it). */
const DEFAULT_QUIET = { from: 22, to: 8 };

export function QuietHoursField({ form, update, idFor, errorFor }: SectionProps) {
  const { t } = useMessages();
  const fromId = idFor('quietHours');
  const toId = `${fromId}-to`;
  const quiet = form.quietHours;
  const error = errorFor('quietHours');
  const hourSelect = (id: string, label: string, value: number, set: (hour: number) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fromId}-error` : undefined}
        onChange={(event) => set(Number(event.currentTarget.value))}
      >
        {HOURS.map(({ hour, label: text }) => (
          <option key={hour} value={hour}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="options-fieldset" aria-describedby={`${fromId}-note`}>
      <legend>{t('quietHoursTitle')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={quiet !== null}
          onChange={(event) => update({ quietHours: event.currentTarget.checked ? DEFAULT_QUIET : null })}
        />
        {t('quietHoursToggle')}
      </label>
      <p id={`${fromId}-note`} className="muted">
        {t('quietHoursNote')}
      </p>
      {quiet && (
        <div className="row">
          {hourSelect(fromId, t('quietHoursFrom'), quiet.from, (from) => update({ quietHours: { ...quiet, from } }))}
          {hourSelect(toId, t('quietHoursTo'), quiet.to, (to) => update({ quietHours: { ...quiet, to } }))}
        </div>
      )}
      <FieldError id={`${fromId}-error`} text={error} />
    </fieldset>
  );
}
