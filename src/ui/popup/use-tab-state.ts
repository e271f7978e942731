import { useCallback, useEffect, useState } from 'react';
import type { TabState } from '../../model/messages';
import { sendMessage } from '../../platform/messaging';

export type TabStateResult =
  | { status: 'loading' }
  | { status: 'ready'; state: TabState }
  | { status: 'error'; error: string };

/** Asks the background what is on the tab; `reload` asks again (after a manual entry). */
export function useTabState(tabId: number | null) {
  const [result, setResult] = useState<TabStateResult>({ status: 'loading' });
  const load = useCallback(async () => {
    if (tabId === null) {
      setResult({ status: 'ready', state: { pageKind: 'unsupported', order: null, orders: [], deadlines: [], reading: null } });
      return;
    }
    try {
      setResult({ status: 'ready', state: await sendMessage('tab/get-state', { tabId }) });
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
