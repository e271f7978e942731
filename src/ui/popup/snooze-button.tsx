import { useState } from 'react';
import { formatInstant } from '../../core/format/format-date';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

/**
 * "Remind me tomorrow": the same as a notification's "Snooze 1 day" button, which Firefox does
 * not have. The planned reminders stay; this adds one more.
 */
export function SnoozeButton({ orderKey, deadlineId, timeZone }: { orderKey: string; deadlineId: string; timeZone: string }) {
  const { t, locale } = useMessages();
  const [status, setStatus] = useState<string | null>(null);
  async function snooze() {
    try {
      const { at } = await sendMessage('reminder/snooze', { orderKey, deadlineId });
      setStatus(t('popupSnoozed', { when: formatInstant(at, locale, timeZone) }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <div>
      <button type="button" className="button button--small" onClick={() => void snooze()}>
        {t('popupSnooze')}
      </button>
      {status && <p role="status">{status}</p>}
    </div>
  );
}
