import { useId, useState } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { EvidencePreview } from './evidence-preview';
import { caseLabel, formatBytes, formatNumber, itemName, kindLabel } from './labels';
import type { LockerApi, LockerCaseView } from './locker-api';
import { UNASSIGNED } from './locker-api';

interface Props {
  api: LockerApi;
  item: Evidence;
  caseKey: string;
  /** Every case, for "Move to". */
  cases: readonly Pick<LockerCaseView, 'key' | 'order'>[];
  timeZone: string;
  onView: (item: Evidence) => void;
  /** Runs an action on the item; the app reports its error and refreshes. */
  act: (what: string | null, action: () => Promise<unknown>) => Promise<void>;
  onDelete: (item: Evidence) => void;
}

/** One item of a case's gallery: preview, facts, note, move and delete. */
export function EvidenceCard({ api, item, caseKey, cases, timeZone, onView, act, onDelete }: Props) {
  const m = useMessages();
  const { t, locale } = m;
  const name = itemName(m, item);
  const kind = kindLabel(m, item.kind);
  const [note, setNote] = useState(item.note);
  const [target, setTarget] = useState('');
  // The cases are listed when the user reaches for the list (focus, press), not with every card:
  // 50 cases on 1,000 cards were 50,000 options made and laid out before the locker could show.
  const [choosing, setChoosing] = useState(false);
  const id = useId();
  const when = formatInstant(item.capturedAt, locale, timeZone);
  const others = cases.filter((c) => c.key !== caseKey);
  return (
    <article className="evidence-card" aria-label={`${kind}: ${name}, ${when}`} data-testid="locker-item">
      {/* The picture opens the viewer on click; keyboard users have "View full size" below (one tab stop). */}
      <button type="button" className="thumb-button" tabIndex={-1} onClick={() => onView(item)} aria-label={t('lockerOpenItem', { name })}>
        <EvidencePreview api={api} item={item} />
      </button>
      <p className="item-title">{kind}</p>
      <p className="muted small">
        {when} · {formatBytes(item.size, locale)}
        {item.width && item.height ? ` · ${t('lockerDimensions', { width: formatNumber(item.width, locale), height: formatNumber(item.height, locale) })}` : ''}
      </p>
      <p className="muted small wrap">{item.fileName ?? item.url ?? ''}</p>
      <p className="mono small" title={t('lockerHashTitle')}>
        SHA-256 {item.sha256.slice(0, 16)}…
      </p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(t('lockerNoteSaved'), () => api.editNote(item.id, note));
        }}
      >
        <label htmlFor={`${id}-note`}>{t('lockerNote')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button button--small" disabled={note === item.note}>
          {t('lockerSaveNote')}
        </button>
      </form>
      {others.length > 0 && (
        <div className="row wrap-row">
          <label htmlFor={`${id}-move`} className="muted">
            {t('lockerMoveTo')}
          </label>
          <select id={`${id}-move`} value={target} onChange={(e) => setTarget(e.target.value)} onFocus={() => setChoosing(true)} onMouseDown={() => setChoosing(true)}>
            <option value="">{t('lockerChooseCase')}</option>
            {choosing &&
              others.map((c) => (
                <option key={c.key} value={c.key}>
                  {caseLabel(m, c)}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={target === ''}
            onClick={() => void act(t('lockerMoved'), () => api.reassign(item.id, target === UNASSIGNED ? null : target))}
          >
            {t('lockerMove')}
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" className="button button--small" onClick={() => onView(item)}>
          {t('lockerViewFull')}
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => onDelete(item)}>
          {t('lockerDelete')}
        </button>
      </div>
    </article>
  );
}
