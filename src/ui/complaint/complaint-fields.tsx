import { useId, type Ref } from 'react';
import { complaintChannelSchema, complaintOutcomeSchema, complaintReasonSchema, languageSchema } from '../../model/complaint';
import { partialAmount, type DraftFields } from './draft-fields';
import { CHANNEL_LABEL, FACTS_PROMPT, incidentDateLabel, LANGUAGE_LABEL, OUTCOME_LABEL, REASON_LABEL } from './labels';

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
  const id = useId();
  const prompt = FACTS_PROMPT[fields.reason];
  const amountInvalid = fields.outcome === 'partial-refund' && fields.amountText.trim() !== '' && partialAmount(fields, currency) === null;
  return (
    <div className="form complaint-fields">
      <label>
        Reason
        <select value={fields.reason} onChange={(e) => onChange({ reason: complaintReasonSchema.parse(e.target.value) })}>
          {complaintReasonSchema.options.map((r) => (
            <option key={r} value={r}>
              {REASON_LABEL[r]}
            </option>
          ))}
        </select>
      </label>
      <div className="complaint-pair">
        <label>
          What you ask for
          <select value={fields.outcome} onChange={(e) => onChange({ outcome: complaintOutcomeSchema.parse(e.target.value) })}>
            {complaintOutcomeSchema.options.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
        </label>
        {fields.outcome === 'partial-refund' && (
          <label>
            Refund amount ({currency})
            <input
              ref={amountRef}
              inputMode="decimal"
              autoComplete="off"
              placeholder="5.00"
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
          Type the amount like 5.50, in {currency}.
        </p>
      )}
      <label>
        Send as
        <select value={fields.channel} onChange={(e) => onChange({ channel: complaintChannelSchema.parse(e.target.value) })}>
          {complaintChannelSchema.options.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <div className="complaint-pair">
        <label>
          {incidentDateLabel(fields.reason)}
          <input type="date" max={today} value={fields.incidentDate} onChange={(e) => onChange({ incidentDate: e.target.value })} />
        </label>
        <label>
          Language
          <select value={fields.language} onChange={(e) => onChange({ language: languageSchema.parse(e.target.value) })}>
            {languageSchema.options.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="complaint-field">
        <label htmlFor={`${id}-facts`}>What happened</label>
        <p id={`${id}-facts-hint`} className="complaint-hint">
          {prompt.question} A sentence or two, with the concrete difference.
        </p>
        <textarea
          id={`${id}-facts`}
          rows={variant === 'page' ? 6 : 3}
          value={fields.facts}
          placeholder={prompt.example}
          aria-describedby={`${id}-facts-hint`}
          onChange={(e) => onChange({ facts: e.target.value })}
        />
      </div>
    </div>
  );
}
