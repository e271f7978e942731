import { useEffect, useState } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { CustodyEntry } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { custodyDetail } from './custody-detail';
import { errorMessage } from './error-message';
import { eventLabel, kindLabel } from './labels';
import type { LockerApi } from './locker-api';
import { TechnicalDetails } from './technical-details';

interface Props {
  api: LockerApi;
  caseKey: string;
  caseName: string;
  /** A case's name by its key, for "moved to/from" lines (the key itself when the case is gone). */
  nameOfCase: (key: string) => string;
  /** The case's items, to name an entry's item (a deleted one is named by its id). */
  items: readonly Evidence[];
  /** Changes whenever the locker changed: the log is read again. */
  version: number;
  timeZone: string;
}

/** The problems are core's words (English); an error is kept as an error to be said in the page's language. */
type Loaded = { log: CustodyEntry[]; problems: string[] } | { error: unknown };

/**
 * The case's custody log (issue 10) as a timeline, oldest first, with the result of checking its
 * hash chain. Read only while open: a locker of many cases does not read every log.
 */
export function CustodyTimeline({ api, caseKey, caseName, nameOfCase, items, version, timeZone }: Props) {
  const m = useMessages();
  const { t, tn, locale } = m;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.custodyLog(caseKey).then(
      ({ log, problems, broken }) => {
        if (live) setLoaded({ log, problems: [...broken.map((b) => `${b.key}: ${b.reason}`), ...problems.map((p) => p.problem)] });
      },
      (error: unknown) => {
        if (live) setLoaded({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [api, caseKey, open, version]);

  // By file name or kind: a screenshot and its page snapshot share a page title.
  const names = new Map(items.map((item) => [item.id, item.fileName ?? kindLabel(m, item.kind)]));
  return (
    <details className="timeline" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('lockerCustodyLog')}</summary>
      {loaded === null && open && <p className="muted">{t('lockerCustodyReading')}</p>}
      {loaded && 'error' in loaded && (
        <p role="alert" className="notice notice--error">
          {errorMessage(m, loaded.error)}
        </p>
      )}
      {loaded && 'log' in loaded && (
        <>
          {loaded.problems.length === 0 ? (
            <p className="muted">{tn('lockerCustodyIntact', loaded.log.length)}</p>
          ) : (
            <div className="notice notice--error">
              <p>{tn('lockerCustodyProblemCount', loaded.problems.length)}</p>
              <TechnicalDetails items={loaded.problems} label={t('lockerCustodyProblemsOf', { case: caseName })} />
            </div>
          )}
          <ol className="timeline-list" aria-label={t('lockerCustodyLogOf', { case: caseName })}>
            {loaded.log.map((entry) => {
              const detail = custodyDetail(m, entry, nameOfCase, timeZone);
              return (
                <li key={entry.seq}>
                  <span className="timeline-when">{formatInstant(entry.at, locale, timeZone)}</span> <strong>{eventLabel(m, entry.kind)}</strong>
                  {entry.evidenceId && <span> · {names.get(entry.evidenceId) ?? t('lockerCustodyItem', { id: entry.evidenceId.slice(0, 8) })}</span>}
                  {detail && (
                    <span className="muted" lang={detail.asStored ? 'en' : undefined}>
                      {' '}
                      · {detail.text}
                    </span>
                  )}
                  {entry.sha256 && <span className="mono small"> · SHA-256 {entry.sha256.slice(0, 12)}…</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </details>
  );
}
