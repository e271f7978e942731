import { useEffect, useState } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { CustodyEntry } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import { EVENT_LABEL, KIND_LABEL } from './labels';
import type { LockerApi } from './locker-api';

interface Props {
  api: LockerApi;
  caseKey: string;
  caseName: string;
  /** The case's items, to name an entry's item (a deleted one is named by its id). */
  items: readonly Evidence[];
  /** Changes whenever the locker changed: the log is read again. */
  version: number;
  locale: string;
  timeZone: string;
}

type Loaded = { log: CustodyEntry[]; problems: string[] } | { error: string };

/**
 * The case's custody log (issue 10) as a timeline, oldest first, with the result of checking its
 * hash chain. Read only while open: a locker of many cases does not read every log.
 */
export function CustodyTimeline({ api, caseKey, caseName, items, version, locale, timeZone }: Props) {
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
        if (live) setLoaded({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, caseKey, open, version]);

  // By file name or kind: a screenshot and its page snapshot share a page title.
  const names = new Map(items.map((item) => [item.id, item.fileName ?? KIND_LABEL[item.kind]]));
  return (
    <details className="timeline" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Custody log</summary>
      {loaded === null && open && <p className="muted">Reading the log…</p>}
      {loaded && 'error' in loaded && (
        <p role="alert" className="notice notice--error">
          {loaded.error}
        </p>
      )}
      {loaded && 'log' in loaded && (
        <>
          {loaded.problems.length === 0 ? (
            <p className="muted">
              {loaded.log.length} {loaded.log.length === 1 ? 'entry' : 'entries'}, hash chain intact. Each entry holds the SHA-256 of the one before, so an edited or removed entry shows.
            </p>
          ) : (
            <ul className="notice notice--error" aria-label={`Problems in the custody log of ${caseName}`}>
              {loaded.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <ol className="timeline-list" aria-label={`Custody log of ${caseName}`}>
            {loaded.log.map((entry) => (
              <li key={entry.seq}>
                <span className="timeline-when">{formatInstant(entry.at, locale, timeZone)}</span>{' '}
                <strong>{EVENT_LABEL[entry.kind]}</strong>
                {entry.evidenceId && <span> · {names.get(entry.evidenceId) ?? `item ${entry.evidenceId.slice(0, 8)}`}</span>}
                {entry.detail && <span className="muted"> · {entry.detail}</span>}
                {entry.sha256 && <span className="mono small"> · SHA-256 {entry.sha256.slice(0, 12)}…</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
