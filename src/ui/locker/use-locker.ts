import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evidence } from '../../model/evidence';
import { itemName } from './labels';
import type { LockerApi, LockerCaseView } from './locker-api';

export interface Feedback {
  status: string | null;
  alert: string | null;
}

export interface PendingUndo {
  item: Evidence;
  until: number;
}

/** How long the Undo button stays (the service keeps the bytes a little longer, see main.tsx). */
export const UNDO_SHOWN_MS = 10_000;

/**
 * The locker's state: cases, storage, messages and pending undos, with `act` to run an action,
 * say what it did (or what went wrong) and read everything again.
 */
export function useLocker(api: LockerApi) {
  const [cases, setCases] = useState<LockerCaseView[] | null>(null);
  const [broken, setBroken] = useState<string[]>([]);
  const [storage, setStorage] = useState({ usage: 0, quota: 0, persisted: false });
  const [version, setVersion] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>({ status: null, alert: null });
  const [undos, setUndos] = useState<PendingUndo[]>([]);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const refresh = useCallback(async () => {
    const [listed, info] = await Promise.all([api.listCases(), api.storageInfo()]);
    setCases(listed.cases);
    setBroken(listed.broken.map((b) => `${b.store} ${b.key}: ${b.reason}`));
    setStorage(info);
    setVersion((v) => v + 1);
  }, [api]);

  const say = useCallback((status: string | null, alert: string | null = null) => setFeedback({ status, alert }), []);

  const act = useCallback(
    /** Runs `action`, then says `what` (null: the action says it itself), or its error; then reloads. */
    async (what: string | null, action: () => Promise<unknown>) => {
      try {
        await action();
        if (what !== null) say(what);
      } catch (error) {
        say(null, error instanceof Error ? error.message : String(error));
      }
      await refresh().catch((error: unknown) => say(null, String(error)));
    },
    [refresh, say],
  );

  const remove = useCallback(
    (item: Evidence) =>
      act(`Deleted ${itemName(item)}.`, async () => {
        if (!(await api.remove(item.id))) throw new Error('That item is already gone.');
        setUndos((list) => [...list, { item, until: Date.now() + UNDO_SHOWN_MS }]);
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          setUndos((list) => list.filter((u) => u.item.id !== item.id));
        }, UNDO_SHOWN_MS);
        timers.current.add(timer);
      }),
    [act, api],
  );

  const undo = useCallback(
    (item: Evidence) =>
      act(`Restored ${itemName(item)}.`, async () => {
        setUndos((list) => list.filter((u) => u.item.id !== item.id));
        await api.undo(item.id);
      }),
    [act, api],
  );

  useEffect(() => {
    const pending = timers.current;
    void api
      .ensurePersisted()
      .catch(() => false)
      .then(refresh)
      .catch((error: unknown) => say(null, error instanceof Error ? error.message : String(error)));
    return () => pending.forEach(clearTimeout);
  }, [api, refresh, say]);

  return { cases, broken, storage, version, feedback, undos, say, act, refresh, remove, undo };
}
