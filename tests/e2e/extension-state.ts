import type { BrowserContext, Page, Worker } from 'playwright-core';

/** Reads from the extension's own IndexedDB, inside the service worker (what the user's browser holds). */
export function readStoredOrder(worker: Worker, key: string): Promise<Record<string, unknown> | null> {
  return worker.evaluate(
    (k) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onerror = () => reject(new Error(`cannot open the database: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('orders')) return resolve(null);
          const get = db.transaction('orders').objectStore('orders').get(k);
          get.onsuccess = () => {
            resolve((get.result as Record<string, unknown> | undefined) ?? null);
            db.close();
          };
          get.onerror = () => reject(new Error(`cannot read ${k}: ${String(get.error)}`));
        };
      }),
    key,
  );
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the tab showing this URL (the service worker's view of it). */
export function tabIdOf(worker: Worker, urlPrefix: string): Promise<number> {
  return worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(prefix) || t.pendingUrl?.startsWith(prefix));
    if (tab?.id !== undefined) return tab.id;
    // Without the "tabs" permission URLs are hidden: the active non-extension tab is the page.
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id === undefined) throw new Error('no tab');
    return active.id;
  }, urlPrefix);
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export interface StoredEvidence {
  meta: Record<string, unknown>;
  /** SHA-256 of the stored bytes, computed in the browser. */
  sha256: string;
  /** PNG header dimensions of the stored bytes (0 for non-PNG). */
  width: number;
  height: number;
  size: number;
}

/** Every evidence record with facts about its stored bytes, read in the service worker. */
export function readStoredEvidence(worker: Worker): Promise<StoredEvidence[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredEvidence[]>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onerror = () => reject(new Error(`cannot open the database: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['evidence', 'blobs']);
          const metas = tx.objectStore('evidence').getAll();
          const blobs = tx.objectStore('blobs').getAll();
          tx.oncomplete = () => {
            db.close();
            const byId = new Map((blobs.result as { id: string; blob: Blob }[]).map((b) => [b.id, b.blob]));
            void Promise.all(
              (metas.result as Record<string, unknown>[]).map(async (meta) => {
                const blob = byId.get(meta.id as string)!;
                const bytes = new Uint8Array(await blob.arrayBuffer());
                const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
                const view = new DataView(bytes.buffer);
                const png = bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
                return {
                  meta,
                  sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
                  width: png ? view.getUint32(16) : 0,
                  height: png ? view.getUint32(20) : 0,
                  size: bytes.length,
                };
              }),
            ).then(resolve, reject);
          };
        };
      }),
  );
}

/**
 * Opens popup.html for a tab in a window of its own, so the order page stays the shown tab of its
 * window (as when the real toolbar popup is open) and captureVisibleTab sees the page, not the popup.
 */
export async function openPopupWindow(ext: { context: BrowserContext; worker: Worker; extensionId: string }, tabId: number) {
  const url = `chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`;
  const [popup] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url() === url),
    ext.worker.evaluate((u) => chrome.windows.create({ url: u, width: 420, height: 700 }), url),
  ]);
  await popup.waitForLoadState();
  return popup;
}

/** A runtime message the service worker received from a tab (a content script). */
export interface TabMessage {
  type: string;
  tabId: number;
  url: string;
}

/**
 * Starts recording every runtime message the service worker receives from a tab, beside the
 * extension's own listener (which still answers). Read them with `tabMessages`. Idempotent.
 */
export function recordTabMessages(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    const scope = globalThis as unknown as { claimkitTabMessages?: TabMessage[] };
    if (scope.claimkitTabMessages) return;
    const seen: TabMessage[] = [];
    scope.claimkitTabMessages = seen;
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.tab?.id === undefined) return undefined;
      const type = typeof message === 'object' && message !== null ? String((message as { type?: unknown }).type) : typeof message;
      seen.push({ type, tabId: sender.tab.id, url: sender.url ?? '' });
      return undefined; // never answers: the extension's own listener does
    });
  });
}

/** The tab messages recorded since `recordTabMessages`. */
export function tabMessages(worker: Worker): Promise<TabMessage[]> {
  return worker.evaluate(() => [...((globalThis as unknown as { claimkitTabMessages?: TabMessage[] }).claimkitTabMessages ?? [])]);
}

/** How many orders the extension's IndexedDB holds. */
export function storedOrderCount(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onerror = () => reject(new Error(`cannot open the database: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('orders')) return resolve(0);
          const count = db.transaction('orders').objectStore('orders').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(new Error(`cannot count orders: ${String(count.error)}`));
        };
      }),
  );
}

/** A request for one of the extension's reader bundles (reader-<marketplace>.js), and the page that made it. */
export interface ReaderRequest {
  url: string;
  frameUrl: string;
}

/** Records, from now on, every request in the browser for a reader-*.js bundle of the extension. */
export function recordReaderRequests(context: BrowserContext, extensionId: string): ReaderRequest[] {
  const seen: ReaderRequest[] = [];
  const bundle = new RegExp(`^chrome-extension://${extensionId}/reader-[^/]+\\.js`);
  context.on('request', (request) => {
    if (!bundle.test(request.url())) return;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = request.serviceWorker()?.url() ?? '';
    }
    seen.push({ url: request.url(), frameUrl });
  });
  return seen;
}

/**
 * The performance marks the e2e build's reader bundle and content script leave in the page
 * (claimkit:reader-start, claimkit:reader, claimkit:start, claimkit:not-an-order-page,
 * claimkit:read, claimkit:observing), in order,
 * with their time since navigation start. Empty when the content script did not run.
 */
export function contentScriptMarks(page: Page): Promise<{ name: string; at: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('claimkit:'))
      .map((mark) => ({ name: mark.name, at: mark.startTime })),
  );
}
