import { useEffect, useState, type ChangeEvent } from 'react';
import { hasNotificationPermission, requestNotificationPermission } from '../../platform/permissions';
import { useMessages } from '../i18n/use-messages';
import { LeadTimesField } from './lead-times-field';
import { QuietHoursField } from './quiet-hours-field';
import type { SectionProps } from './section-props';

/**
 * Reminders on/off, when, and when not. Turning them on asks for the optional 'notifications'
 * permission (README › Permissions); refused, the switch stays off and the page says why.
 */
export function RemindersSection(props: SectionProps) {
  const { form, update, idFor } = props;
  const { t } = useMessages();
  const headingId = `${idFor('form')}-reminders`;
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void hasNotificationPermission().then(setPermitted, () => setPermitted(false));
  }, []);

  function ask(): Promise<boolean> {
    return requestNotificationPermission().then(
      (granted) => {
        setPermitted(granted);
        setRefused(!granted);
        return granted;
      },
      () => {
        setRefused(true);
        return false;
      },
    );
  }

  function onToggle(event: ChangeEvent<HTMLInputElement>) {
    if (!event.currentTarget.checked) {
      setRefused(false);
      update({ remindersEnabled: false });
      return;
    }
    // Firefox shows the prompt only from inside the user's click: ask before anything awaits.
    void ask().then((granted) => {
      if (granted) update({ remindersEnabled: true });
    });
  }

  return (
    <section className="card options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('remindersTitle')}</h2>
      <label className="check">
        <input type="checkbox" checked={form.remindersEnabled} aria-describedby={`${headingId}-note`} onChange={onToggle} />
        {t('remindersToggle')}
      </label>
      <p id={`${headingId}-note`} className="muted">
        {t('remindersNote')}
      </p>
      {refused && (
        <p role="alert" className="notice notice--warn">
          {t('remindersRefused')}
        </p>
      )}
      {/* Reminders stored as on (the default) without the permission: say so and offer to fix it. */}
      {form.remindersEnabled && permitted === false && !refused && (
        <div className="notice notice--info">
          {t('remindersNoPermission')}{' '}
          <button type="button" className="button button--small" onClick={() => void ask()}>
            {t('remindersAllow')}
          </button>
        </div>
      )}
      <LeadTimesField {...props} />
      <QuietHoursField {...props} />
    </section>
  );
}
