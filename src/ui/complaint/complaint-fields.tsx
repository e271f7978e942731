import { useId, type Ref } from 'react';
import { complaintChannelSchema, complaintOutcomeSchema, complaintReasonSchema, languageSchema } from '../../model/complaint';
import { useMessages } from '../i18n/use-messages';
import { partialAmount, type DraftFields } from './draft-fields';
import { incidentDateKey, LANGUAGE_NAME } from './labels';

export interface ComplaintFieldsProps {
  fields: DraftFields;
  onChange: (patch: Partial<DraftFields>) => void;
  /** The order's currency: the partial refund is asked in it. */
  currency: string;
  /** "YYYY-MM-DD" in the user's zone: the incident cannot be later. */
  today: string;
  /** The amount input, for the completeness check's "Edit the amount" button. */
  amountRef: Ref<HTMLInputElement>;
  variant: 'popup' | 'page';
}

/** The user's part of the complaint: every control labelled, native controls only (keyboard works as usual). */
export function ComplaintFields({ fields, onChange, currency, today, amountRef, variant }: ComplaintFieldsProps) {
  const { t, locale } = useMessages();
  const id = useId();
  // "5.50" / "5,50": the amount the way the page's language writes it (both parse).
  const amountLike = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: false }).format(value);
  const amountInvalid = fields.outcome === 'partial-refund' && fields.amountText.trim() !== '' && partialAmount(fields, currency) === null;
  return (
    <div className="form complaint-fields">
      <label>
        {t('complaintReason')}
        <select value={fields.reason} onChange={(e) => onChange({ reason: complaintReasonSchema.parse(e.target.value) })}>
          {complaintReasonSchema.options.map((r) => (
            <option key={r} value={r}>
              {t(`complaintReason_${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="complaint-pair">
        <label>
          {t('complaintOutcome')}
          <select value={fields.outcome} onChange={(e) => onChange({ outcome: complaintOutcomeSchema.parse(e.target.value) })}>
            {complaintOutcomeSchema.options.map((o) => (
              <option key={o} value={o}>
                {t(`complaintOutcome_${o}`)}
              </option>
            ))}
          </select>
        </label>
        {fields.outcome === 'partial-refund' && (
          <label>
            {t('complaintAmount', { currency })}
            <input
              ref={amountRef}
              inputMode="decimal"
              autoComplete="off"
              placeholder={amountLike(5)}
              value={fields.amountText}
              aria-invalid={amountInvalid}
              aria-describedby={amountInvalid ? `${id}-amount-error` : undefined}
              onChange={(e) => onChange({ amountText: e.target.value })}
            />
          </label>
        )}
      </div>
      {amountInvalid && (
        <p id={`${id}-amount-error`} className="complaint-field-error">
          {t('complaintAmountInvalid', { example: amountLike(5.5), currency })}
        </p>
      )}
      <label>
        {t('complaintChannel')}
        <select value={fields.channel} onChange={(e) => onChange({ channel: complaintChannelSchema.parse(e.target.value) })}>
          {complaintChannelSchema.options.map((c) => (
            <option key={c} value={c}>
              {t(`complaintChannel_${c}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="complaint-pair">
        <label>
          {t(incidentDateKey(fields.reason))}
          <input type="date" max={today} value={fields.incidentDate} onChange={(e) => onChange({ incidentDate: e.target.value })} />
        </label>
        <label>
          {t('complaintLanguage')}
          <select value={fields.language} onChange={(e) => onChange({ language: languageSchema.parse(e.target.value) })}>
            {languageSchema.options.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(LANGUAGE_NAME[l])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="complaint-field">
        <label htmlFor={`${id}-facts`}>{t('complaintFacts')}</label>
        <p id={`${id}-facts-hint`} className="complaint-hint">
          {t('complaintFactsHint', { question: t(`complaintFactsQuestion_${fields.reason}`) })}
        </p>
        <textarea
          id={`${id}-facts`}
          rows={variant === 'page' ? 6 : 3}
          value={fields.facts}
          placeholder={t(`complaintFactsExample_${fields.reason}`)}
          aria-describedby={`${id}-facts-hint`}
          onChange={(e) => onChange({ facts: e.target.value })}
        />
      </div>
    </div>
  );
}
