// Capture and storage figures in Debian's Chromium with the built e2e extension (issue #4):
// visible capture and full-page stitching from the popup button to the "Saved" status, html2canvas
// on a small and a large block, and IndexedDB write/list of 1,000 evidence items in the worker.
import { join, resolve } from 'node:path';
import { openPopupWindow, readStoredOrder, tabIdOf, waitFor } from '../tests/e2e/extension-state';
import { launchExtension } from '../tests/e2e/launch';
import { serveFixtures } from '../tests/e2e/serve-fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';

export interface Figure {
  name: string;
  medianMs: number;
  runs: number;
  note: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Times a capture from the popup button to its "Saved" status; `transform` changes the served page (e.g. longer). */
export async function timeCaptures(viewport: { width: number; height: number }, button: string, saved: RegExp, runs: number, transform?: (html: string) => string) {
  const server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform }]);
  const ext = await launchExtension(server.port, { viewport });
  try {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, ORDER_URL));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = Date.now();
      await popup.getByRole('button', { name: button }).click();
      await popup.getByRole('status').filter({ hasText: saved }).waitFor({ timeout: 30_000 });
      times.push(Date.now() - start);
      await popup.reload(); // clear the status for the next run
      await popup.getByRole('button', { name: button }).waitFor();
    }
    return { times, screens: Math.ceil(screens) };
  } finally {
    await ext.close();
    await server.close();
  }
}

/** The fixture's order block repeated `times`, like a long order list (80 times: about 40 screens of 1280×800). */
export const repeatBody = (times: number) => (html: string) => {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return html.replace(body, `<div id="long">${body.repeat(times)}</div>`);
};

async function timeHtml2canvas(): Promise<{ small: number[]; large: number[]; screens: number }> {
  const server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform: repeatBody(80) }]);
  const ext = await launchExtension(server.port);
  try {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/html2canvas/dist/html2canvas.min.js') });
    const run = (selector: string) =>
      page.evaluate(async (sel) => {
        const el = document.querySelector(sel) as HTMLElement;
        const start = performance.now();
        await (window as unknown as { html2canvas(e: HTMLElement, o: object): Promise<HTMLCanvasElement> }).html2canvas(el, { logging: false });
        return performance.now() - start;
      }, selector);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < 5; i++) {
      small.push(await run('.order-price-item:last-child'));
      large.push(await run('#long'));
    }
    const screens = await page.evaluate(() => Math.round(document.documentElement.scrollHeight / window.innerHeight));
    return { small, large, screens };
  } finally {
    await ext.close();
    await server.close();
  }
}

async function timeStorage(): Promise<{ writeMs: number; listMs: number; items: number }> {
  const server = await serveFixtures([]);
  const ext = await launchExtension(server.port);
  try {
    return await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const open = indexedDB.open('claimkit');
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(new Error(String(open.error)));
      });
      const bytes = new Uint8Array(20 * 1024).map((_, i) => i % 251);
      const start = performance.now();
      for (let i = 0; i < 1000; i++) {
        const id = `bench-${i}`;
        const meta = { id, orderKey: 'aliexpress:1', kind: 'file', mime: 'image/png', size: bytes.length, sha256: 'a'.repeat(64), capturedAt: new Date(1_800_000_000_000 + i).toISOString(), note: '' };
        await new Promise<void>((res, rej) => {
          // One transaction per item, metadata and bytes together, as the app writes them.
          const tx = db.transaction(['evidence', 'blobs'], 'readwrite');
          tx.objectStore('evidence').put(meta);
          tx.objectStore('blobs').put({ id, blob: new Blob([bytes], { type: 'image/png' }) });
          tx.oncomplete = () => res();
          tx.onerror = () => rej(new Error(String(tx.error)));
        });
      }
      const writeMs = performance.now() - start;
      const listStart = performance.now();
      const items = await new Promise<number>((res) => {
        // Listing reads the metadata index only, never the blob store.
        const get = db.transaction('evidence').objectStore('evidence').index('by-captured').getAll();
        get.onsuccess = () => res((get.result as unknown[]).length);
      });
      return { writeMs, listMs: performance.now() - listStart, items };
    });
  } finally {
    await ext.close();
    await server.close();
  }
}

export async function benchCapture(): Promise<Figure[]> {
  const visible = await timeCaptures({ width: 1280, height: 800 }, 'Capture visible area', /Saved: Screenshot \(visible/, 5);
  const full = await timeCaptures({ width: 800, height: 120 }, 'Capture full page', /Saved: Screenshot \(full page/, 3);
  const h2c = await timeHtml2canvas();
  const storage = await timeStorage();
  return [
    { name: 'visible capture (button → saved, with caption and page snapshot)', medianMs: median(visible.times), runs: visible.times.length, note: 'one captureVisibleTab + caption + MHTML + IndexedDB' },
    {
      name: `full page, stitched (${full.screens} screens), per screen`,
      medianMs: median(full.times) / full.screens,
      runs: full.times.length,
      note: `whole capture ${median(full.times)} ms; Chrome's quota floor is 500 ms per screen`,
    },
    { name: 'one block with html2canvas, small (a price row)', medianMs: median(h2c.small), runs: h2c.small.length, note: 'render only' },
    { name: `one block with html2canvas, large (${h2c.screens} screens of order blocks)`, medianMs: median(h2c.large), runs: h2c.large.length, note: 'render only' },
    { name: `IndexedDB: write ${storage.items} evidence items of 20 kB`, medianMs: storage.writeMs, runs: 1, note: `${(storage.writeMs / storage.items).toFixed(2)} ms per item, one transaction each` },
    { name: `IndexedDB: list ${storage.items} items (metadata only)`, medianMs: storage.listMs, runs: 1, note: 'the blob store is not read' },
  ];
}
