import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evidence } from '../../model/evidence';
import { sendMessage } from '../../platform/messaging';

/** Listing again at most this often when the user comes back to the builder. */
const REFRESH_MS = 2000;

/**
 * The order's evidence (metadata only, via 'evidence/list'). `refresh` lists again: after a capture
 * made from the builder, and (throttled) whenever the user returns to the builder, since evidence
 * captured elsewhere in the popup or in the locker must show up in the complaint's list.
 */
export function useOrderEvidence(orderKey: string) {
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** The first listing has answered (or failed): the complaint can be built without a list that is about to change. */
  const [loaded, setLoaded] = useState(false);
  const listedAt = useRef(0);
  const refresh = useCallback(async () => {
    listedAt.current = Date.now();
    try {
      setEvidence((await sendMessage('evidence/list', { orderKey })).evidence);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setLoaded(true);
  }, [orderKey]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const refreshIfStale = useCallback(() => {
    if (Date.now() - listedAt.current > REFRESH_MS) void refresh();
  }, [refresh]);
  return { evidence, error, loaded, refresh, refreshIfStale };
}
