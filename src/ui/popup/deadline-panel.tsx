import { adviceFor, nextDeadline, urgency } from '../../core/deadlines';
import { formatInstant } from '../../core/format/format-date';
import type { Deadline } from '../../model/deadline';
import type { Order } from '../../model/order';
import { useMessages } from '../i18n/use-messages';
import { timeLeftWords } from '../tracked/time-left-words';
import { SnoozeButton } from './snooze-button';

/**
 * The next deadline big and clear, what to do now, then the whole ladder. The platform's own
 * page is the final word; the confidence of each line says how sure ClaimKit is. Urgency is said
 * in a word ("Urgent:") as well as by the colour of the bar: colour is never the only carrier.
 * The labels and advice are the core's words (src/core/deadlines) in the UI language.
 */
export function DeadlinePanel({ order, deadlines, now, timeZone }: { order: Order; deadlines: Deadline[]; now: Date; timeZone: string }) {
  const { t, tn, locale, language } = useMessages();
  const next = nextDeadline(deadlines, now);
  const advice = adviceFor(deadlines, order, now, timeZone, { language });
  if (deadlines.length === 0) return <p className="muted">{advice || t('deadlineNone')}</p>;
  const left = (d: Deadline) => timeLeftWords(now, d.dueAt, timeZone, tn);
  return (
    <section aria-labelledby="deadline-heading" className="card">
      {next ? (
        <div className={`next-deadline urgency--${urgency(now, next.dueAt)}`} data-testid="next-deadline">
          <h2 id="deadline-heading">
            <span className="urgency-word">{t(`urgency_${urgency(now, next.dueAt)}`)}:</span> {t('popupDeadlineIn', { label: next.label, left: left(next) })}
          </h2>
          <div className="due">{formatInstant(next.dueAt, locale, timeZone)}</div>
        </div>
      ) : (
        <h2 id="deadline-heading">{t('popupDeadlinesAllPassed')}</h2>
      )}
      {advice && <p className="advice">{advice}</p>}
      {next && <SnoozeButton orderKey={order.key} deadlineId={next.id} timeZone={timeZone} />}
      <details>
        <summary>{t('popupDeadlinesAll', { count: deadlines.length })}</summary>
        <ol className="ladder">
          {deadlines.map((d) => {
            const level = urgency(now, d.dueAt);
            return (
              <li key={d.id} className={`urgency--${level}`}>
                <span className="urgency-word">{t(`urgency_${level}`)}:</span> <strong>{d.label}</strong>: {formatInstant(d.dueAt, locale, timeZone)}{' '}
                {level === 'passed' ? t('popupDeadlinePassed') : t('popupDeadlineInParens', { left: left(d) })}
                <div className="muted deadline-source">
                  {d.computedFrom}; {t(`popupConfidence_${d.confidence}`)}
                </div>
              </li>
            );
          })}
        </ol>
        <p className="muted">{t('popupDeadlinesFinalWord')}</p>
      </details>
    </section>
  );
}
