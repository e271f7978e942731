import { useState } from 'react';
import type { TabState } from '../../model/messages';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

/** On a shop ClaimKit has no reader for: try the generic reader (schema.org data, labels), on request. */
export function ReadPageButton({ tabId, onRead }: { tabId: number | null; onRead: (state: TabState) => void }) {
  const { t } = useMessages();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (tabId === null) return null;
  async function read() {
    if (tabId === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const state = await sendMessage('tab/read-generic', { tabId });
      if (state.order || state.orders.length > 0) onRead(state);
      else setMessage(t('popupReadPageNothing'));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void read()}>
        {busy ? t('popupReadingPage') : t('popupReadPage')}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
