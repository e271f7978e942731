import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evidence } from '../../model/evidence';
import { errorMessage, ItemGoneError } from './error-message';
import { itemName, type LockerMessages } from './labels';
import type { LockerApi, LockerCaseView } from './locker-api';

export interface Feedback {
  status: string | null;
  alert: string | null;
}

/** A stored record that could not be read, as the service names it (technical words, English). */
export interface BrokenNote {
  store: string;
  key: string;
  reason: string;
}

export interface PendingUndo {
  item: Evidence;
  until: number;
}

/** How long the Undo button stays (the service keeps the bytes a little longer, see main.tsx). */
export const UNDO_SHOWN_MS = 10_000;

/**
 * The locker's state: cases, storage, messages and pending undos, with `act` to run an action,
 * say what it did (or what went wrong, in the page's language) and read everything again.
 */
export function useLocker(api: LockerApi, m: LockerMessages) {
  const [cases, setCases] = useState<LockerCaseView[] | null>(null);
  const [broken, setBroken] = useState<BrokenNote[]>([]);
  const [storage, setStorage] = useState({ usage: 0, quota: 0, persisted: false });
  const [version, setVersion] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>({ status: null, alert: null });
  const [undos, setUndos] = useState<PendingUndo[]>([]);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const refresh = useCallback(async () => {
    const [listed, info] = await Promise.all([api.listCases(), api.storageInfo()]);
    setCases(listed.cases);
    setBroken(listed.broken);
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
        say(null, errorMessage(m, error));
      }
      await refresh().catch((error: unknown) => say(null, errorMessage(m, error)));
    },
    [refresh, say, m],
  );

  const remove = useCallback(
    (item: Evidence) =>
      act(m.t('lockerDeleted', { name: itemName(m, item) }), async () => {
        if (!(await api.remove(item.id))) throw new ItemGoneError();
        setUndos((list) => [...list, { item, until: Date.now() + UNDO_SHOWN_MS }]);
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          setUndos((list) => list.filter((u) => u.item.id !== item.id));
        }, UNDO_SHOWN_MS);
        timers.current.add(timer);
      }),
    [act, api, m],
  );

  const undo = useCallback(
    (item: Evidence) =>
      act(m.t('lockerRestored', { name: itemName(m, item) }), async () => {
        setUndos((list) => list.filter((u) => u.item.id !== item.id));
        await api.undo(item.id);
      }),
    [act, api, m],
  );

  useEffect(() => {
    const pending = timers.current;
    void api
      .ensurePersisted()
      .catch(() => false)
      .then(refresh)
      .catch((error: unknown) => say(null, errorMessage(m, error)));
    return () => pending.forEach(clearTimeout);
  }, [api, refresh, say, m]);

  return { cases, broken, storage, version, feedback, undos, say, act, refresh, remove, undo };
}
