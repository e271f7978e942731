import type { Worker } from 'playwright-core';

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
