import { useEffect, useState, type ChangeEvent } from 'react';
import type { Settings } from '../../model/settings';
import { sendMessage } from '../../platform/messaging';
import { hasNotificationPermission, requestNotificationPermission } from '../../platform/permissions';
import { useMessages } from '../i18n/use-messages';

type State = { kind: 'loading' } | { kind: 'ready'; settings: Settings; permitted: boolean } | { kind: 'error'; error: string };

/**
 * One switch: reminders on or off. On means stored as on *and* allowed to notify; turning it on
 * asks the browser for the notification permission (from inside the click, as Firefox requires),
 * and saves only when it is granted. Without it, the badge still shows the days left.
 */
export function RemindersChoice() {
  const { t } = useMessages();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void Promise.all([sendMessage('settings/get', {}), hasNotificationPermission().catch(() => false)]).then(
      ([settings, permitted]) => setState({ kind: 'ready', settings, permitted }),
      (error: unknown) => setState({ kind: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  if (state.kind === 'loading') return <p role="status">{t('optionsLoading')}</p>;
  if (state.kind === 'error') return <p role="alert" className="notice notice--error">{t('saveFailed')}: {state.error}</p>;
  const { settings, permitted } = state;
  const on = settings.remindersEnabled && permitted;

  async function save(remindersEnabled: boolean, nowPermitted: boolean) {
    try {
      const saved = await sendMessage('settings/save', { ...settings, remindersEnabled });
      setState({ kind: 'ready', settings: saved, permitted: nowPermitted });
    } catch (error) {
      setState({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  function onToggle(event: ChangeEvent<HTMLInputElement>) {
    if (!event.currentTarget.checked) {
      setRefused(false);
      void save(false, permitted);
      return;
    }
    void requestNotificationPermission()
      .catch(() => false)
      .then((granted) => {
        setRefused(!granted);
        if (granted) void save(true, true);
      });
  }

  return (
    <>
      <label className="check">
        <input type="checkbox" checked={on} onChange={onToggle} />
        {t('remindersToggle')}
      </label>
      <p role="status" className="muted">
        {on ? t('welcomeRemindersOn') : ''}
      </p>
      {refused && (
        <p role="alert" className="notice notice--warn">
          {t('remindersRefused')}
        </p>
      )}
    </>
  );
}
