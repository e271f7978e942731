import { useId, useState } from 'react';
import type { BuiltComplaint, ChannelLimit } from '../../core/complaint';
import type { Language } from '../../model/complaint';
import { sendMessage } from '../../platform/messaging';

export interface ComplaintOutputProps {
  built: BuiltComplaint;
  limit: ChannelLimit;
  /** The text the user would send: the full text, or the short version when the full one is too long. */
  text: string;
  preferFull: boolean;
  onPreferFull: (full: boolean) => void;
  language: Language;
  /** The tab to paste into; null where there is none (the locker): no paste button then. */
  tabId: number | null;
  variant: 'popup' | 'page';
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

const count = (n: number) => n.toLocaleString('en');

/**
 * The built complaint, read-only, with its length against the channel's limit and where that
 * limit comes from; the short version when the full text is too long; Copy and Paste.
 */
export function ComplaintOutput({ built, limit, text, preferFull, onPreferFull, language, tabId, variant }: ComplaintOutputProps) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [pasting, setPasting] = useState(false);
  const over = text.length > limit.chars;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'ok', text: 'Copied. Paste it into the form with Ctrl+V (⌘V on a Mac).' });
    } catch {
      setStatus({ kind: 'error', text: 'The browser did not allow copying. Select the text above and copy it with Ctrl+C.' });
    }
  }

  async function paste() {
    if (tabId === null) return;
    setPasting(true);
    setStatus(null);
    try {
      const result = await sendMessage('complaint/paste', { tabId, text });
      if (result.pasted) setStatus({ kind: 'ok', text: `Pasted into ${result.where}. Check it on the page, attach your evidence files, then send.` });
      else {
        const shortHelps = result.maxLength !== undefined && built.short !== null && built.short.length <= result.maxLength && text !== built.short;
        setStatus({ kind: 'error', text: shortHelps ? `${result.where} The short version fits.` : result.where });
      }
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setPasting(false);
    }
  }

  return (
    <div className={`complaint-output complaint-output--${variant}`}>
      {built.short !== null && (
        <fieldset className="complaint-version">
          <legend>The full text is {count(built.length)} characters; this form takes about {count(limit.chars)}</legend>
          <label>
            <input type="radio" name={`${id}-version`} checked={!preferFull} onChange={() => onPreferFull(false)} /> Short version ({count(built.short.length)} characters)
          </label>
          <label>
            <input type="radio" name={`${id}-version`} checked={preferFull} onChange={() => onPreferFull(true)} /> Full text ({count(built.length)} characters)
          </label>
          {built.truncated && !preferFull && <p className="complaint-hint">The short version had to leave out part of your description: read it before sending.</p>}
        </fieldset>
      )}
      <label htmlFor={`${id}-text`} className="complaint-text-label">
        Complaint text
      </label>
      <textarea
        id={`${id}-text`}
        className="complaint-text"
        data-testid="complaint-text"
        readOnly
        lang={language}
        rows={variant === 'page' ? 24 : 10}
        value={text}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className={`complaint-count${over ? ' complaint-count--over' : ''}`} data-testid="complaint-count">
        {count(text.length)} / {count(limit.chars)} characters{over ? ': over the limit' : ''}
        {limit.basis === 'guess' ? ' (the limit is an estimate)' : ''}
      </p>
      <details className="complaint-limit">
        <summary>Where the limit comes from</summary>
        <p>{limit.source}</p>
      </details>
      <div className="row complaint-actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy complaint
        </button>
        {tabId !== null && (
          <button type="button" className="button" disabled={pasting} onClick={() => void paste()}>
            {pasting ? 'Pasting…' : 'Paste into the page'}
          </button>
        )}
      </div>
      {tabId !== null && !status && (
        <p className="complaint-hint">To paste: click into the text box of the dispute or chat form on the page, open ClaimKit again, then press Paste.</p>
      )}
      {/* A live region that is always there (so it is announced); aria-live rather than role="status": the popup's capture messages own that role. */}
      <div aria-live="polite">
        {status && (
          <p className={status.kind === 'error' ? 'notice notice--error' : 'complaint-done'} data-testid="complaint-status">
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
