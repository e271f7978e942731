import { useState } from 'react';
import { sendMessage } from '../../platform/messaging';

/**
 * "Remind me tomorrow": the same as a notification's "Snooze 1 day" button, which Firefox does
 * not have. The planned reminders stay; this adds one more.
 */
export function SnoozeButton({ orderKey, deadlineId }: { orderKey: string; deadlineId: string }) {
  const [status, setStatus] = useState<string | null>(null);
  async function snooze() {
    try {
      const { at } = await sendMessage('reminder/snooze', { orderKey, deadlineId });
      setStatus(`ClaimKit will remind you again on ${new Date(at).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' })}.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <div>
      <button type="button" className="button button--small" onClick={() => void snooze()}>
        Remind me tomorrow
      </button>
      {status && <p role="status">{status}</p>}
    </div>
  );
}
