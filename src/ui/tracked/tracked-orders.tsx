import { useEffect, useId, useRef, useState } from 'react';
import type { RequestOf } from '../../model/messages';
import { useMessages } from '../i18n/use-messages';
import { TrackedRow } from './tracked-row';
import { useTrackedOrders } from './use-tracked-orders';
import './tracked-orders.css';
import { ErrorNotice } from '../components/error-notice';

export interface TrackedOrdersProps {
  /** The user's IANA zone: deadlines are counted in it. */
  timeZone: string;
  /** The clock, a parameter so tests fix it (CONVENTIONS.md §5). */
  now?: () => Date;
  /** Show only the most urgent this many, with a button for the rest (the popup); all when absent. */
  firstShown?: number;
}

/**
 * Every stored order with its next deadline, most urgent first as the background sorts them,
 * with "Mark resolved"/"Reopen" and "Stop tracking"/"Track". Dates and "in 4 days" follow the
 * translator's locale (the browser's own region for English, ru-RU for Russian).
 */
export function TrackedOrders({ timeZone, now = () => new Date(), firstShown }: TrackedOrdersProps) {
  const { t, tn } = useMessages();
  const base = useId();
  const { result, reload, change, showAll } = useTrackedOrders(firstShown);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [changeError, setChangeError] = useState<string | null>(null);
  // A resolved order moves down the list; moving its row drops focus, so give it back.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current || busyKey) return;
    if (document.activeElement === document.body || !document.activeElement) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [result, busyKey]);

  async function onChange(request: RequestOf<'order/set-state'>, buttonId: string) {
    setBusyKey(request.orderKey);
    setChangeError(null);
    refocus.current = buttonId;
    try {
      await change(request);
    } catch (error) {
      setChangeError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusyKey(null);
    }
  }

  const headingId = `${base}-heading`;
  const hintId = `${base}-new-tab`;
  const at = now();
  return (
    <section className="card tracked" aria-labelledby={headingId} aria-busy={result.status === 'loading'}>
      <h2 id={headingId}>{t('trackedTitle')}</h2>
      <span id={hintId} hidden>
        {t('opensInNewTab')}
      </span>
      {result.status === 'loading' && <p role="status">{t('trackedLoading')}</p>}
      {result.status === 'error' && <ErrorNotice error={result.error} onRetry={() => void reload()} />}
      {changeError && (
        <div role="alert" className="notice notice--error">
          <strong>{t('trackedChangeFailed')}:</strong> {changeError}
        </div>
      )}
      {result.status === 'ready' && result.list.orders.length === 0 && (
        <div className="tracked-empty">
          <p>{t('trackedEmpty')}</p>
          <p>{t('trackedEmptyHint')}</p>
        </div>
      )}
      {result.status === 'ready' && result.list.orders.length > 0 && (
        <ol className="tracked-list">
          {result.list.orders.map((row) => (
            <TrackedRow
              key={row.order.key}
              row={row}
              idBase={`${base}-${row.order.key}`}
              newTabHintId={hintId}
              now={at}
              timeZone={timeZone}
              busy={busyKey === row.order.key}
              onChange={(request, buttonId) => void onChange(request, buttonId)}
            />
          ))}
        </ol>
      )}
      {result.status === 'ready' && result.list.total > result.list.orders.length && (
        <button type="button" className="button button--small" onClick={showAll}>
          {tn('trackedShowAll', result.list.total)}
        </button>
      )}
      {result.status === 'ready' && result.list.broken > 0 && (
        <p className="muted">
          {t('trackedBroken')}: {result.list.broken}
        </p>
      )}
    </section>
  );
}
