import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintDraft, Language } from '../../model/complaint';
import { DEFAULT_SETTINGS, type Contact } from '../../model/settings';
import { sendMessage } from '../../platform/messaging';
import type { DraftContent } from './draft-fields';

/** How long typing must pause before the draft is saved. Closing the popup saves at once. */
export const SAVE_DEBOUNCE_MS = 600;

export type DraftLoad =
  | { status: 'loading' }
  | { status: 'ready'; draft: ComplaintDraft | null; contact: Contact; language: Language }
  | { status: 'error'; error: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The order's saved draft and the settings a complaint needs (contact details, the default
 * language). Settings that cannot be read fall back to the defaults: the builder still works, and
 * the completeness check then asks for the contact details.
 */
export function useDraftLoad(orderKey: string): DraftLoad {
  const [load, setLoad] = useState<DraftLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    void Promise.all([sendMessage('draft/get', { orderKey }), sendMessage('settings/get', {}).catch(() => DEFAULT_SETTINGS)]).then(
      ([draft, settings]) => live && setLoad({ status: 'ready', draft, contact: settings.contact, language: settings.complaintLanguage }),
      (e: unknown) => live && setLoad({ status: 'error', error: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [orderKey]);
  return load;
}

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: string };

/** One string per draft content, independent of key order, to tell whether anything changed. */
function draftKey(d: DraftContent): string {
  return JSON.stringify([d.orderKey, d.reason, d.outcome, d.partialAmount ?? null, d.incidentDate ?? null, d.facts, d.channel, d.language, d.text ?? null]);
}

/**
 * Saves `draft` through 'draft/save' once typing pauses, and at once when the popup closes
 * ('pagehide') or the builder unmounts, so nothing typed is lost. `enabled` is false until the user
 * changes something on an order without a draft: merely opening the popup writes nothing. Nothing
 * is written while the content equals `saved` (the draft as loaded) or the last save. A save that
 * fails is shown and retried with the next change.
 */
export function useDraftAutosave(draft: DraftContent, enabled: boolean, saved: DraftContent | null): SaveState {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const key = draftKey(draft);
  const lastSaved = useRef<string | null>(saved ? draftKey(saved) : null);
  const pending = useRef<{ key: string; draft: DraftContent } | null>(null);
  const live = useRef(true);

  const flush = useCallback(() => {
    const next = pending.current;
    pending.current = null;
    if (next === null || next.key === lastSaved.current) return;
    if (live.current) setState({ status: 'saving' });
    sendMessage('draft/save', { ...next.draft, updatedAt: new Date().toISOString() }).then(
      () => {
        lastSaved.current = next.key;
        if (live.current) setState({ status: 'saved' });
      },
      (e: unknown) => live.current && setState({ status: 'failed', error: message(e) }),
    );
  }, []);

  // The latest content, for the effect below without making it re-run on every new object.
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  });
  useEffect(() => {
    if (!enabled) return;
    pending.current = { key, draft: latest.current };
    const timer = setTimeout(flush, SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, enabled, flush]);

  useEffect(() => {
    live.current = true;
    addEventListener('pagehide', flush);
    return () => {
      live.current = false;
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return state;
}
