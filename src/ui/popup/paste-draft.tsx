import { useEffect, useId, useState } from 'react';
import type { ComplaintDraft } from '../../model/complaint';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

interface DraftChoice {
  orderId: string;
  draft: ComplaintDraft & { text: string };
}

/**
 * On a page that is not an order page — the marketplace's dispute or chat form, most often — the
 * complaints already written can be pasted into the field the user clicked.
 */
export function PasteDraft({ tabId }: { tabId: number | null }) {
  const { t, tn } = useMessages();
  const id = useId();
  const [choices, setChoices] = useState<DraftChoice[]>([]);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const found: DraftChoice[] = (await sendMessage('drafts/list', {})).drafts;
      setChoices(found);
      setChosen(found[0]?.draft.orderKey ?? '');
    })().catch(() => setChoices([]));
  }, []);

  if (tabId === null || choices.length === 0) return null;
  const selected = choices.find((c) => c.draft.orderKey === chosen);

  async function paste() {
    if (tabId === null || !selected) return;
    try {
      // `where` is the platform's own words: a place when pasted, the reason when not.
      const { pasted, where } = await sendMessage('complaint/paste', { tabId, text: selected.draft.text });
      setStatus(pasted ? t('complaintPasted', { where }) : where);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('popupPasteTitle')}</h2>
      <p className="muted">{t('popupPasteHint')}</p>
      <label className="form">
        {t('popupPasteFor')}
        <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {choices.map((c) => (
            <option key={c.draft.orderKey} value={c.draft.orderKey}>
              {tn('popupPasteChoice', c.draft.text.length, { orderId: c.orderId })}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="button" className="button button--primary" onClick={() => void paste()}>
          {t('complaintPaste')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            selected &&
            void navigator.clipboard.writeText(selected.draft.text).then(
              () => setStatus(t('copied')),
              () => setStatus(t('complaintCopyFailed')),
            )
          }
        >
          {t('copy')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
