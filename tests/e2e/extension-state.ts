import type { BrowserContext, Worker } from 'playwright-core';

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
