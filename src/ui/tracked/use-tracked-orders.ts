import { useCallback, useEffect, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../model/messages';
import { sendMessage } from '../../platform/messaging';

export type TrackedResult =
  | { status: 'loading' }
  | { status: 'ready'; list: ResponseOf<'orders/list'> }
  | { status: 'error'; error: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The stored orders as the background sorts them (most urgent first): the first `firstShown`
 * until `showAll` is called, when given. `change` sends 'order/set-state' and reloads; it throws
 * a readable Error when the change is refused. A reload keeps the old list on screen until the
 * new one arrives (no flash of "Loading").
 */
export function useTrackedOrders(firstShown?: number) {
  const [result, setResult] = useState<TrackedResult>({ status: 'loading' });
  const [limit, setLimit] = useState(firstShown);
  const load = useCallback(async () => {
    try {
      setResult({ status: 'ready', list: await sendMessage('orders/list', limit === undefined ? {} : { limit }) });
    } catch (error) {
      setResult({ status: 'error', error: messageOf(error) });
    }
  }, [limit]);
  const showAll = useCallback(() => setLimit(undefined), []);
  useEffect(() => {
    void load();
  }, [load]);
  const change = useCallback(
    async (request: RequestOf<'order/set-state'>) => {
      await sendMessage('order/set-state', request);
      await load();
    },
    [load],
  );
  return { result, reload: load, change, showAll };
}
