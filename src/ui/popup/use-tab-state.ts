import { useCallback, useEffect, useRef, useState } from 'react';
import type { TabState } from '../../model/messages';
import { sendMessage } from '../../platform/messaging';

export type TabStateResult =
  | { status: 'loading' }
  | { status: 'ready'; state: TabState }
  | { status: 'error'; error: string };

/**
 * Asks the background what is on the tab; `reload` asks again (after a manual entry). `first` is
 * the answer to the same question asked before the popup's interface loaded; it is used once.
 */
export function useTabState(tabId: number | null, first?: Promise<TabState>) {
  const [result, setResult] = useState<TabStateResult>({ status: 'loading' });
  const pendingFirst = useRef(first);
  const load = useCallback(async () => {
    if (tabId === null) {
      setResult({ status: 'ready', state: { pageKind: 'unsupported', order: null, orders: [], deadlines: [], reading: null } });
      return;
    }
    try {
      const asked = pendingFirst.current ?? sendMessage('tab/get-state', { tabId });
      pendingFirst.current = undefined;
      const state = await asked;
      if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:popup-state');
      setResult({ status: 'ready', state });
    } catch (error) {
      setResult({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, [tabId]);
  useEffect(() => {
    void load();
  }, [load]);
  /** Shows a state obtained another way (the generic reader's answer). */
  const replace = useCallback((state: TabState) => setResult({ status: 'ready', state }), []);
  return { result, reload: load, replace };
}
