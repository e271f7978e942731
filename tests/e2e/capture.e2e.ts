import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSnapshot, readSnapshotHeader } from '../../src/core/evidence/snapshot-header';
import { openPopupWindow, readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';
import { outcomeNow } from './read-now';

// Issue #4 end to end: captures from the popup of a fixture order page several screens tall, stored
// as PNGs in IndexedDB whose size matches the page and whose SHA-256 matches the stored bytes.
const ORDER_ID = '3052219904417382';
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' }]);
  ext = await launchExtension(server.port, { viewport: { width: 800, height: 120 } });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('capturing evidence from the popup', () => {
  it('stores a visible-area and a stitched full-page PNG with the page’s size, caption band and true hash', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, `aliexpress:${ORDER_ID}`), 'the order');
    const metrics = await page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      windowWidth: window.innerWidth,
      viewport: window.innerHeight,
      height: document.documentElement.scrollHeight,
      dpr: window.devicePixelRatio,
      scrollY: window.scrollY,
    }));
    expect(metrics.height / metrics.viewport).toBeGreaterThan(2); // several screens tall
    const tabId = await tabIdOf(ext.worker, ORDER_URL);

    const popup = await openPopupWindow(ext, tabId);
    await popup.getByRole('button', { name: 'Capture visible area' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot \(visible area/);
    await popup.getByRole('button', { name: 'Capture full page' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 30_000 }).toMatch(/^Saved: Screenshot \(full page, pixel-exact/);
    // Each screenshot of a marketplace page brings a snapshot of the page itself (issue #10).
    await expect.poll(() => popup.getByTestId('evidence-item').count()).toBe(4);

    const stored = await readStoredEvidence(ext.worker);
    const visible = stored.find((e) => e.meta.kind === 'screenshot-visible')!;
    const full = stored.find((e) => e.meta.kind === 'screenshot-full-stitched')!;
    for (const item of [visible, full]) {
      expect(item.meta).toMatchObject({ orderKey: `aliexpress:${ORDER_ID}`, url: ORDER_URL, mime: 'image/png', sha256: item.sha256, size: item.size });
      expect(item.meta.width).toBe(item.width);
      expect(item.meta.height).toBe(item.height);
    }
    // The visible capture is the window as shown (with its scrollbar); the full page is the page's width.
    expect(visible.width).toBe(Math.round(metrics.windowWidth * metrics.dpr));
    expect(full.width).toBe(Math.round(metrics.width * metrics.dpr));
    const band = visible.height - Math.round(metrics.viewport * metrics.dpr);
    expect(band).toBeGreaterThan(0); // the caption band with URL and time
    expect(full.height).toBe(Math.round(metrics.height * metrics.dpr) + band);
    // For a person to look at: .tmp/e2e-full-capture.png (not asserted pixel by pixel).
    const base64 = await ext.worker.evaluate(
      (id) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('claimkit');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const get = open.result.transaction('blobs').objectStore('blobs').get(id);
            get.onerror = () => reject(new Error(String(get.error)));
            get.onsuccess = () => {
              const reader = new FileReader();
              reader.onload = () => resolve((reader.result as string).split(',')[1] ?? '');
              reader.onerror = () => reject(new Error(String(reader.error)));
              reader.readAsDataURL((get.result as { blob: Blob }).blob);
              open.result.close();
            };
          };
        }),
      full.meta.id as string,
    );
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/e2e-full-capture.png', Buffer.from(base64, 'base64'));
    // The MHTML snapshots name the page's address in their own header, as the metadata does.
    const snapshots = stored.filter((e) => e.meta.kind === 'page-snapshot');
    expect(snapshots).toHaveLength(2);
    for (const snapshot of snapshots) {
      const head = await ext.worker.evaluate(
        (id) =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('claimkit');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const get = open.result.transaction('blobs').objectStore('blobs').get(id);
              get.onerror = () => reject(new Error(String(get.error)));
              get.onsuccess = () => {
                open.result.close();
                (get.result as { blob: Blob }).blob.slice(0, 4096).text().then(resolve, reject);
              };
            };
          }),
        snapshot.meta.id as string,
      );
      const bytes = new TextEncoder().encode(head);
      expect(readSnapshotHeader(bytes).url).toBe(ORDER_URL);
      expect(checkSnapshot(bytes, { url: ORDER_URL, capturedAt: snapshot.meta.capturedAt as string })).toEqual([]);
      expect(snapshot.meta).toMatchObject({ mime: 'multipart/related', orderKey: `aliexpress:${ORDER_ID}`, sha256: snapshot.sha256 });
    }
    // The page is left where the user had it.
    expect(await page.evaluate(() => window.scrollY)).toBe(metrics.scrollY);
    await popup.close();
    await page.close();
  });

  it('captures one block the user clicks on the page, cropped pixel-exact from the screen', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(ORDER_URL);
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    const popup = await openPopupWindow(ext, tabId);
    await popup.getByRole('button', { name: 'Capture one block' }).click();
    const total = page.locator('.order-price-item').filter({ has: page.locator('.left-col', { hasText: /^Total$/ }) });
    await expect.poll(() => page.locator('[data-claimkit-picker]').count(), { timeout: 10_000 }).toBe(2); // the highlight and the hint are up
    const box = (await total.boundingBox())!;
    // A real click at the block's centre (the picker listens in the capture phase).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot \(one block\)/);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    const element = (await readStoredEvidence(ext.worker)).find((e) => e.meta.kind === 'screenshot-element')!;
    expect(element.meta).toMatchObject({ text: 'TotalUS $19.96', note: expect.stringMatching(/pixel-exact/), sha256: element.sha256 });
    expect(element.width).toBe(Math.round(box.width * dpr));
    expect(element.height).toBeGreaterThan(Math.round(box.height * dpr)); // the block plus its caption band
    expect(await page.locator('[data-claimkit-picker]').count()).toBe(0); // the picker is gone
    await popup.close();
    await page.close();
  });

  it('captures the order block the reader finds (the products and the totals), without the user pointing', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(ORDER_URL);
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    const before = new Set((await readStoredEvidence(ext.worker)).map((e) => e.meta.id));
    const popup = await openPopupWindow(ext, tabId);
    await popup.getByRole('button', { name: 'Capture the order block' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot \(one block\)/);
    const block = page.locator('[data-claimkit-order-block]');
    const box = (await block.boundingBox())!;
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    const stored = await readStoredEvidence(ext.worker);
    const element = stored.find((e) => !before.has(e.meta.id) && e.meta.kind === 'screenshot-element')!;
    // The block holds the products and the total; the stored text is its first 200 characters.
    expect(await block.textContent()).toMatch(/Wireless Earbuds[\s\S]*Braided USB-C[\s\S]*Total\s*US \$19\.96/);
    expect(element.meta.text).toMatch(/Wireless Earbuds Bluetooth 5\.3/);
    expect(element.width).toBe(Math.round(box.width * dpr));
    await popup.close();
    await page.close();
  });
});
