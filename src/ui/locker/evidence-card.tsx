import { useId, useState } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence } from '../../model/evidence';
import { EvidencePreview } from './evidence-preview';
import { caseLabel, formatBytes, itemName, KIND_LABEL } from './labels';
import type { LockerApi, LockerCaseView } from './locker-api';
import { UNASSIGNED } from './locker-api';

interface Props {
  api: LockerApi;
  item: Evidence;
  caseKey: string;
  /** Every case, for "Move to". */
  cases: readonly Pick<LockerCaseView, 'key' | 'order'>[];
  locale: string;
  timeZone: string;
  onView: (item: Evidence) => void;
  /** Runs an action on the item; the app reports its error and refreshes. */
  act: (what: string | null, action: () => Promise<unknown>) => Promise<void>;
  onDelete: (item: Evidence) => void;
}

/** One item of a case's gallery: preview, facts, note, move and delete. */
export function EvidenceCard({ api, item, caseKey, cases, locale, timeZone, onView, act, onDelete }: Props) {
  const [note, setNote] = useState(item.note);
  const [target, setTarget] = useState('');
  const id = useId();
  const when = formatInstant(item.capturedAt, locale, timeZone);
  const others = cases.filter((c) => c.key !== caseKey);
  return (
    <article className="evidence-card" aria-label={`${KIND_LABEL[item.kind]}: ${itemName(item)}, ${when}`} data-testid="locker-item">
      {/* The picture opens the viewer on click; keyboard users have "View full size" below (one tab stop). */}
      <button type="button" className="thumb-button" tabIndex={-1} onClick={() => onView(item)} aria-label={`Open ${itemName(item)}`}>
        <EvidencePreview api={api} item={item} />
      </button>
      <p className="item-title">{KIND_LABEL[item.kind]}</p>
      <p className="muted small">
        {when} · {formatBytes(item.size)}
        {item.width && item.height ? ` · ${item.width} × ${item.height}` : ''}
      </p>
      <p className="muted small wrap">{item.fileName ?? item.url ?? ''}</p>
      <p className="mono small" title="SHA-256 of the stored bytes">
        SHA-256 {item.sha256.slice(0, 16)}…
      </p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void act('Note saved.', () => api.editNote(item.id, note));
        }}
      >
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button button--small" disabled={note === item.note}>
          Save note
        </button>
      </form>
      {others.length > 0 && (
        <div className="row wrap-row">
          <label htmlFor={`${id}-move`} className="muted">
            Move to
          </label>
          <select id={`${id}-move`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a case…</option>
            {others.map((c) => (
              <option key={c.key} value={c.key}>
                {caseLabel(c)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={target === ''}
            onClick={() => void act('Moved.', () => api.reassign(item.id, target === UNASSIGNED ? null : target))}
          >
            Move
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" className="button button--small" onClick={() => onView(item)}>
          View full size
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => onDelete(item)}>
          Delete
        </button>
      </div>
    </article>
  );
}
