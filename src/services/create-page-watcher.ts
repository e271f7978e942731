import type { PageReading } from '../model/messages';

export interface PageWatcherDeps {
  /** Reads the page now (pure adapter call); must not throw. */
  read: () => PageReading;
  /** Sends a reading to the background. */
  send: (reading: PageReading) => Promise<unknown>;
  /** Calls back on every DOM change; returns a function that stops observing. */
  observe: (onChange: () => void) => () => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** AliExpress pages render the order after load and append list cards on scroll. */
  debounceMs?: number;
  log?: (message: string, error: unknown) => void;
  /**
   * False once this copy of the content script is orphaned: ClaimKit was updated, reloaded or
   * removed, and the page still runs the old copy with no extension behind it. It then stops
   * watching instead of failing on every change of the page (a new copy reads the page instead).
   */
  isAlive?: () => boolean;
}

/**
 * Reads an order page once, then again whenever the page changes (single-page apps render late
 * and load more orders on scroll), debounced. Sends only readings that differ from the last one
 * sent, so a ticking countdown or a hover does not flood the background.
 */
export function createPageWatcher(deps: PageWatcherDeps) {
  const debounceMs = deps.debounceMs ?? 400;
  let latest: PageReading = deps.read();
  let lastSentKey = '';
  let timer: unknown;

  let stopObserving: () => void = () => undefined;
  const stopWatching = () => {
    if (timer !== undefined) deps.clearTimeout(timer);
    stopObserving();
  };

  const sendIfChanged = () => {
    if (deps.isAlive && !deps.isAlive()) return stopWatching();
    const key = readingKey(latest);
    if (key === lastSentKey) return;
    lastSentKey = key;
    deps.send(latest).catch((error: unknown) => {
      lastSentKey = ''; // try again on the next change
      deps.log?.('ClaimKit could not report the order', error);
    });
  };

  const reread = () => {
    latest = deps.read();
    sendIfChanged();
  };

  stopObserving = deps.observe(() => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = deps.setTimeout(() => {
      timer = undefined;
      reread();
    }, debounceMs);
  });
  sendIfChanged();

  return {
    /** The latest reading (the popup asks for it). Reads afresh so it is never stale. */
    current(): PageReading {
      latest = deps.read();
      return latest;
    },
    stop: stopWatching,
  };
}

/** A reading's identity without its read time and countdown text (both change every second). */
function readingKey(reading: PageReading): string {
  const strip = (o: PageReading['order']) => o && { ...o, readAt: '', protection: o.protection && { ...o.protection, text: '', readAt: '', endsAt: '' } };
  return JSON.stringify({ ...reading, order: strip(reading.order), orders: reading.orders?.map(strip) });
}
