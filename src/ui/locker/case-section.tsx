import { useId, useState } from 'react';
import { formatMoney } from '../../core/format/format-money';
import type { Evidence, EvidenceKind } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { CaseComplaint } from './case-complaint';
import { CustodyTimeline } from './custody-timeline';
import { EvidenceCard } from './evidence-card';
import { caseLabel } from './labels';
import type { LockerApi, LockerCaseView } from './locker-api';

interface Props {
  api: LockerApi;
  lockerCase: LockerCaseView;
  cases: readonly LockerCaseView[];
  kind: EvidenceKind | 'all';
  version: number;
  timeZone: string;
  busy: boolean;
  act: (what: string | null, action: () => Promise<unknown>) => Promise<void>;
  onView: (item: Evidence) => void;
  onDelete: (item: Evidence) => void;
  onExport: (caseKey: string) => void;
  /** Files dropped on this case. */
  onDropFiles: (files: File[], caseKey: string) => void;
}

/** One case: what the order is, its evidence as a gallery, export, and its custody log. Files dropped here join it. */
export function CaseSection(props: Props) {
  const { api, lockerCase: c, kind } = props;
  const m = useMessages();
  const { t, tn, locale } = m;
  const [dragging, setDragging] = useState(false);
  const headingId = useId();
  const name = caseLabel(m, c);
  const nameOfCase = (key: string) => {
    const found = props.cases.find((other) => other.key === key);
    return found ? caseLabel(m, found) : key;
  };
  const shown = kind === 'all' ? c.evidence : c.evidence.filter((item) => item.kind === kind);
  const order = c.order;
  return (
    <section
      className={`card case${dragging ? ' case--drop' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault(); // accept the drop
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation(); // this case, not the page's "Add to" case
        setDragging(false);
        if (e.dataTransfer.files.length > 0) props.onDropFiles([...e.dataTransfer.files], c.key);
      }}
    >
      <div className="case-head">
        <div>
          <h2 id={headingId}>{name}</h2>
          {order && (
            <p className="muted small">
              {[order.items[0]?.title, order.total && formatMoney(order.total, locale), order.seller?.name, order.status?.text].filter(Boolean).join(' · ')}
            </p>
          )}
          <p className="muted small">
            {tn('lockerItemCount', c.evidence.length)}
            {kind !== 'all' && ` ${t('lockerCaseShown', { n: shown.length })}`} · {t('lockerCaseDropHint')}
          </p>
        </div>
        <button type="button" className="button" disabled={props.busy || (c.evidence.length === 0 && !order)} onClick={() => props.onExport(c.key)}>
          {t('lockerExportCase')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{c.evidence.length === 0 ? t('lockerNoEvidence') : t('lockerNoEvidenceOfKind')}</p>
      ) : (
        <ul className="gallery" aria-label={t('lockerEvidenceOf', { case: name })}>
          {shown.map((item) => (
            <li key={item.id}>
              <EvidenceCard
                api={api}
                item={item}
                caseKey={c.key}
                cases={props.cases}
                timeZone={props.timeZone}
                act={props.act}
                onView={props.onView}
                onDelete={props.onDelete}
              />
            </li>
          ))}
        </ul>
      )}
      {c.order && <CaseComplaint order={c.order} timeZone={props.timeZone} />}
      <CustodyTimeline
        api={api}
        caseKey={c.key}
        caseName={name}
        nameOfCase={nameOfCase}
        items={c.evidence}
        version={props.version}
        timeZone={props.timeZone}
      />
    </section>
  );
}
