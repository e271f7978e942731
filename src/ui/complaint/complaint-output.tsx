import { useId, useState } from 'react';
import type { BuiltComplaint, ChannelLimit } from '../../core/complaint';
import type { Language } from '../../model/complaint';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

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

/**
 * The built complaint, read-only, with its length against the channel's limit and where that
 * limit comes from; the short version when the full text is too long; Copy and Paste.
 */
export function ComplaintOutput({ built, limit, text, preferFull, onPreferFull, language, tabId, variant }: ComplaintOutputProps) {
  const { t, tn } = useMessages();
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [pasting, setPasting] = useState(false);
  const over = text.length > limit.chars;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'ok', text: t('complaintCopied') });
    } catch {
      setStatus({ kind: 'error', text: t('complaintCopyFailed') });
    }
  }

  async function paste() {
    if (tabId === null || pasting) return;
    setPasting(true);
    setStatus(null);
    try {
      const result = await sendMessage('complaint/paste', { tabId, text });
      // `where` is the platform's own words: a place when pasted, the reason when not.
      if (result.pasted) setStatus({ kind: 'ok', text: t('complaintPasted', { where: result.where }) });
      else {
        const shortHelps = result.maxLength !== undefined && built.short !== null && built.short.length <= result.maxLength && text !== built.short;
        setStatus({ kind: 'error', text: shortHelps ? t('complaintShortFits', { where: result.where }) : result.where });
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
          <legend>{tn('complaintVersions', built.length, { limit: limit.chars })}</legend>
          <label>
            <input type="radio" name={`${id}-version`} checked={!preferFull} onChange={() => onPreferFull(false)} /> {tn('complaintShortVersion', built.short.length)}
          </label>
          <label>
            <input type="radio" name={`${id}-version`} checked={preferFull} onChange={() => onPreferFull(true)} /> {tn('complaintFullVersion', built.length)}
          </label>
          {built.truncated && !preferFull && <p className="complaint-hint">{t('complaintTruncated')}</p>}
        </fieldset>
      )}
      <label htmlFor={`${id}-text`} className="complaint-text-label">
        {t('complaintText')}
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
        {tn(over ? 'complaintCountOver' : 'complaintCount', limit.chars, { count: text.length })}
        {limit.basis === 'guess' && ` ${t('complaintLimitGuess')}`}
      </p>
      <details className="complaint-limit">
        <summary>{t('complaintLimitSource')}</summary>
        {/* The sources are quoted as published (API references, help pages): English, and marked so. */}
        <p>{t('complaintLimitSourceNote')}</p>
        <p lang="en">{limit.source}</p>
      </details>
      <div className="row complaint-actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('complaintCopy')}
        </button>
        {tabId !== null && (
          // aria-disabled, not disabled, while pasting: a disabled button would drop keyboard focus.
          <button type="button" className="button" aria-disabled={pasting || undefined} onClick={() => void paste()}>
            {pasting ? t('complaintPasting') : t('complaintPaste')}
          </button>
        )}
      </div>
      {tabId !== null && !status && (
        <p className="complaint-hint">{t('complaintPasteHint')}</p>
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
