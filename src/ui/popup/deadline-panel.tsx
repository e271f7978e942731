import { adviceFor, nextDeadline, timeLeft, urgency, type Urgency } from '../../core/deadlines';
import { formatInstant } from '../../core/format/format-date';
import type { Deadline } from '../../model/deadline';
import type { Order } from '../../model/order';
import { useMessages } from '../i18n/use-messages';
import { SnoozeButton } from './snooze-button';

const CONFIDENCE: Record<Deadline['confidence'], string> = {
  page: 'read from the page',
  documented: 'platform rule',
  reported: 'commonly reported rule',
  unsure: 'unsure: check the platform’s page',
};

/** "4 days 6 hours", "5 hours", "passed". */
function leftWords(now: Date, dueAt: string, timeZone: string): string {
  const left = timeLeft(now, dueAt, timeZone);
  if (left.passed) return 'passed';
  const hours = left.hours % 24;
  const days = Math.floor(left.hours / 24);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} hour${hours === 1 ? '' : 's'}` : ''}`;
  return `${Math.max(left.hours, 0)} hour${left.hours === 1 ? '' : 's'}`;
}

/** Urgency in words as well as colour: colour is never the only carrier. */
const URGENCY_WORD: Record<Urgency, string> = { passed: 'Missed', critical: 'Urgent', soon: 'Soon', later: 'On time' };

/**
 * The next deadline big and clear, what to do now, then the whole ladder. The platform's own
 * page is the final word; the confidence of each line says how sure ClaimKit is.
 */
export function DeadlinePanel({ order, deadlines, now, timeZone }: { order: Order; deadlines: Deadline[]; now: Date; timeZone: string }) {
  const { t, locale } = useMessages();
  const next = nextDeadline(deadlines, now);
  const advice = adviceFor(deadlines, order, now, timeZone);
  if (deadlines.length === 0) return <p className="muted">{advice || t('deadlineNone')}</p>;
  return (
    <section aria-labelledby="deadline-heading" className="card">
      {next ? (
        <div className={`next-deadline urgency--${urgency(now, next.dueAt)}`} data-testid="next-deadline">
          <h2 id="deadline-heading">
            <span className="urgency-word">{URGENCY_WORD[urgency(now, next.dueAt)]}:</span> {next.label} in {leftWords(now, next.dueAt, timeZone)}
          </h2>
          <div className="due">{formatInstant(next.dueAt, locale, timeZone)}</div>
        </div>
      ) : (
        <h2 id="deadline-heading">All known deadlines have passed</h2>
      )}
      {advice && <p className="advice">{advice}</p>}
      {next && <SnoozeButton orderKey={order.key} deadlineId={next.id} />}
      <details>
        <summary>All deadlines ({deadlines.length})</summary>
        <ol className="ladder">
          {deadlines.map((d) => (
            <li key={d.id} className={`urgency--${urgency(now, d.dueAt)}`}>
              <strong>{d.label}</strong>: {formatInstant(d.dueAt, locale, timeZone)} ({leftWords(now, d.dueAt, timeZone)})
              <div className="muted">
                {d.computedFrom}; {CONFIDENCE[d.confidence]}
              </div>
            </li>
          ))}
        </ol>
        <p className="muted">The marketplace’s own page is the final word on its deadlines.</p>
      </details>
    </section>
  );
}
