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

  const sendIfChanged = () => {
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

  sendIfChanged();
  const stop = deps.observe(() => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = deps.setTimeout(() => {
      timer = undefined;
      reread();
    }, debounceMs);
  });

  return {
    /** The latest reading (the popup asks for it). Reads afresh so it is never stale. */
    current(): PageReading {
      latest = deps.read();
      return latest;
    },
    stop(): void {
      if (timer !== undefined) deps.clearTimeout(timer);
      stop();
    },
  };
}

/** A reading's identity without its read time and countdown text (both change every second). */
function readingKey(reading: PageReading): string {
  const strip = (o: PageReading['order']) => o && { ...o, readAt: '', protection: o.protection && { ...o.protection, text: '', readAt: '', endsAt: '' } };
  return JSON.stringify({ ...reading, order: strip(reading.order), orders: reading.orders?.map(strip) });
}
