import { useEffect, useRef } from 'react';
import type { TextKey } from '../../i18n/en';
import { useMessages } from '../i18n/use-messages';
import { FieldError } from './field-error';
import { MAX_LEAD_TIMES, newRowId, type LeadTimeRow, type LeadUnit } from './lead-times';
import type { SectionProps } from './section-props';

const UNITS: readonly { value: LeadUnit; label: TextKey }[] = [
  { value: 'minutes', label: 'unitMinutes' },
  { value: 'hours', label: 'unitHours' },
  { value: 'days', label: 'unitDays' },
];

function unitOf(value: string): LeadUnit | undefined {
  return UNITS.find((unit) => unit.value === value)?.value;
}

/**
 * The lead times as an editable list of 1–10 rows. Each control's name says its row
 * ("Reminder 2 How long before"), so a screen reader or a test can tell the rows apart.
 */
export function LeadTimesField({ form, update, idFor, errorFor }: SectionProps) {
  const { t } = useMessages();
  const rows = form.leadTimes;
  const groupId = idFor('leadTimes');
  const addId = `${groupId}-add`;
  // Where focus goes after a row is added or removed, once React has drawn the change.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [rows.length]);

  const setRow = (id: number, change: Partial<LeadTimeRow>) =>
    update({ leadTimes: rows.map((row) => (row.id === id ? { ...row, ...change } : row)) });
  function add() {
    const row: LeadTimeRow = { id: newRowId(), amount: '', unit: 'hours' };
    focusNext.current = idFor(row.id);
    update({ leadTimes: [...rows, row] });
  }
  function remove(id: number) {
    focusNext.current = addId;
    update({ leadTimes: rows.filter((row) => row.id !== id) });
  }

  const groupError = errorFor('leadTimes');
  return (
    // tabIndex -1: the form focuses the group when its count is wrong.
    <fieldset id={groupId} tabIndex={-1} className="options-fieldset" aria-describedby={`${groupId}-note`}>
      <legend>{t('leadTimesTitle')}</legend>
      <p id={`${groupId}-note`} className="muted">
        {t('leadTimesNote')}
      </p>
      <ol className="lead-times">
        {rows.map((row, index) => {
          const inputId = idFor(row.id);
          const rowLabel = `${inputId}-row`;
          const error = errorFor(row.id);
          return (
            <li key={row.id} className="lead-time">
              <span id={rowLabel} className="lead-time-name">
                {t('leadTimeRow')} {index + 1}
              </span>
              <label id={`${inputId}-amount`} htmlFor={inputId}>
                {t('leadTimeAmount')}
              </label>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={row.amount}
                aria-labelledby={`${rowLabel} ${inputId}-amount`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onChange={(event) => setRow(row.id, { amount: event.currentTarget.value })}
              />
              <label id={`${inputId}-unit`} htmlFor={`${inputId}-unit-select`}>
                {t('leadTimeUnit')}
              </label>
              <select
                id={`${inputId}-unit-select`}
                value={row.unit}
                aria-labelledby={`${rowLabel} ${inputId}-unit`}
                onChange={(event) => setRow(row.id, { unit: unitOf(event.currentTarget.value) ?? row.unit })}
              >
                {UNITS.map((unit) => (
                  <option key={unit.value} value={unit.value}>
                    {t(unit.label)}
                  </option>
                ))}
              </select>
              <button
                id={`${inputId}-remove`}
                type="button"
                className="button button--small"
                disabled={rows.length <= 1}
                aria-labelledby={`${inputId}-remove ${rowLabel}`}
                onClick={() => remove(row.id)}
              >
                {t('leadTimeRemove')}
              </button>
              <FieldError id={`${inputId}-error`} text={error} />
            </li>
          );
        })}
      </ol>
      <button id={addId} type="button" className="button" disabled={rows.length >= MAX_LEAD_TIMES} onClick={add}>
        {t('leadTimeAdd')}
      </button>
      <FieldError id={`${groupId}-error`} text={groupError} />
    </fieldset>
  );
}
