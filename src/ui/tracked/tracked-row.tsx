import { formatInstant } from '../../core/format/format-date';
import type { RequestOf, TrackedOrder } from '../../model/messages';
import { useMessages } from '../i18n/use-messages';
import { rowStatus, type RowStatus } from './row-status';
import { timeLeftWords } from './time-left-words';

export interface TrackedRowProps {
  row: TrackedOrder;
  /** Prefix for this row's element ids (unique within the page). */
  idBase: string;
  /** The id of the "(opens in a new tab)" hint the links point to. */
  newTabHintId: string;
  now: Date;
  timeZone: string;
  busy: boolean;
  onChange: (request: RequestOf<'order/set-state'>, buttonId: string) => void;
}

/**
 * One order: number, first product, marketplace, its next deadline (urgency in a word and a
 * colour), and the user's two switches. Every button's name ends with the order number, so
 * "Mark resolved" in a list of ten says which order it resolves.
 */
export function TrackedRow({ row, idBase, newTabHintId, now, timeZone, busy, onChange }: TrackedRowProps) {
  const { t } = useMessages();
  const { order } = row;
  const status = rowStatus(row, now);
  const titleId = `${idBase}-title`;
  const resolveId = `${idBase}-resolve`;
  const trackId = `${idBase}-track`;
  const linkId = `${idBase}-link`;
  // aria-disabled, not disabled: a disabled button drops keyboard focus while the change runs.
  const press = (request: Omit<RequestOf<'order/set-state'>, 'orderKey'>, buttonId: string) => {
    if (!busy) onChange({ orderKey: order.key, ...request }, buttonId);
  };
  const urgencyClass = status.kind === 'open' ? ` urgency--${status.urgency}` : '';
  return (
    <li className={`tracked-row${urgencyClass}`} aria-labelledby={titleId} data-order-key={order.key}>
      <div className="tracked-head">
        <h3 id={titleId} className="tracked-title">
          {t('trackedOrder')} <span className="mono">{order.orderId}</span>
        </h3>
        <span className="muted">{t(`marketplace_${order.marketplace}`)}</span>
      </div>
      <p className="tracked-product">{order.items[0]?.title ?? <span className="muted">{t('trackedNoTitle')}</span>}</p>
      <p className="tracked-status">
        <StatusText status={status} now={now} timeZone={timeZone} />
      </p>
      <div className="tracked-actions">
        <button
          id={resolveId}
          type="button"
          className="button button--small"
          aria-disabled={busy || undefined}
          aria-labelledby={`${resolveId} ${titleId}`}
          onClick={() => press({ resolved: !order.resolvedAt }, resolveId)}
        >
          {order.resolvedAt ? t('trackedReopen') : t('trackedMarkResolved')}
        </button>
        <button
          id={trackId}
          type="button"
          className="button button--small"
          aria-disabled={busy || undefined}
          aria-labelledby={`${trackId} ${titleId}`}
          onClick={() => press({ tracked: !order.tracked }, trackId)}
        >
          {order.tracked ? t('trackedStop') : t('trackedTrack')}
        </button>
        <a id={linkId} href={order.url} target="_blank" rel="noopener noreferrer" aria-labelledby={`${linkId} ${titleId}`} aria-describedby={newTabHintId}>
          {t('trackedOpenPage')}
        </a>
      </div>
    </li>
  );
}

function StatusText({ status, now, timeZone }: { status: RowStatus; now: Date; timeZone: string }) {
  const { t, tn, locale } = useMessages();
  switch (status.kind) {
    case 'resolved':
      return <span className="muted">{t('trackedResolved')}</span>;
    case 'untracked':
      return <span className="muted">{t('trackedUntracked')}</span>;
    case 'no-deadline':
      return <span className="muted">{t('trackedNoDeadline')}</span>;
    case 'open': {
      const { deadline } = status;
      return (
        <>
          <span className="urgency-word">{t(`urgency_${status.urgency}`)}:</span>{' '}
          {t('popupDeadlineIn', { label: deadline.label, left: timeLeftWords(now, deadline.dueAt, timeZone, tn) })}{' '}
          <span className="muted">· {formatInstant(deadline.dueAt, locale, timeZone)}</span>
        </>
      );
    }
  }
}
