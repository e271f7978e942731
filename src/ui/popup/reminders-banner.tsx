import { useEffect, useState } from 'react';
import { hasNotificationPermission, requestNotificationPermission } from '../../platform/permissions';

/** Reminders need the notification permission, asked for only when the user turns them on. */
export function RemindersBanner() {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void hasNotificationPermission().then(setAllowed);
  }, []);
  if (allowed !== false) return null;
  return (
    <div className="notice notice--info" role="note">
      Reminders are off: ClaimKit can’t notify you before a deadline.{' '}
      <button type="button" className="button button--small" onClick={() => void requestNotificationPermission().then(setAllowed)}>
        Turn on reminders
      </button>
    </div>
  );
}
