import { useEffect, useState } from 'react';
import { hasNotificationPermission, requestNotificationPermission } from '../../platform/permissions';
import { useMessages } from '../i18n/use-messages';

/** Reminders need the notification permission, asked for only when the user turns them on. */
export function RemindersBanner() {
  const { t } = useMessages();
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void hasNotificationPermission().then(setAllowed);
  }, []);
  if (allowed !== false) return null;
  return (
    <div className="notice notice--info" role="note">
      {t('popupRemindersOff')}{' '}
      <button type="button" className="button button--small" onClick={() => void requestNotificationPermission().then(setAllowed)}>
        {t('popupRemindersTurnOn')}
      </button>
    </div>
  );
}
