import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../model/settings';
import { sendMessage } from '../../platform/messaging';

export type SettingsResult = { status: 'loading' } | { status: 'ready'; settings: Settings } | { status: 'error'; error: string };

/** Asks the background for the settings (defaults filled in); `reload` asks again after a failure. */
export function useSettings() {
  const [result, setResult] = useState<SettingsResult>({ status: 'loading' });
  const load = useCallback(async () => {
    setResult({ status: 'loading' });
    try {
      setResult({ status: 'ready', settings: await sendMessage('settings/get', {}) });
    } catch (error) {
      setResult({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { result, reload: load };
}
