import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow, readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';
import { outcomeNow } from './read-now';

// Issue #4 item 7: a re-drawn capture (html2canvas) of a block with a product image from another
// server that sends no CORS headers. The page alone cannot draw it; the extension fetches it.
// The fixture gets one <img> from the image host (its own thumbnails are CSS backgrounds of
// unsized anchors, which draw nothing without the site's stylesheet).
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const IMAGE_URL = 'http://ae-pic-a1.aliexpress-media.com/kf/probe-photo.png';
const withProbe = (html: string) =>
  html.replace('<div class="item-title">', `<img id="probe" src="${IMAGE_URL}" width="96" height="96" alt=""><div class="item-title">`);

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform: withProbe },
    { host: 'ae-pic-a1.aliexpress-media.com', path: '/kf/probe-photo.png', file: 'images/product-photo.png' },
  ]);
  // A short window: the order block is taller than the screen, so it is re-drawn, not cropped.
  ext = await launchExtension(server.port, { viewport: { width: 900, height: 150 } });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a re-drawn capture', () => {
  it('draws a product image from another server (no CORS) that the extension fetched for it', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, ORDER_URL));
    await popup.getByRole('button', { name: 'Capture the order block' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 20_000 }).toMatch(/^Saved: Screenshot \(one block\).*Re-drawn/);

    // Where the probe image sits inside the block, in image pixels: a point in its blue border area.
    const at = await page.evaluate(() => {
      const block = document.querySelector('[data-claimkit-order-block]')!.getBoundingClientRect();
      const img = document.getElementById('probe')!.getBoundingClientRect();
      const dpr = window.devicePixelRatio;
      return { x: Math.round((img.left - block.left + img.width * 0.5) * dpr), y: Math.round((img.top - block.top + img.height * 0.15) * dpr) };
    });
    const shot = (await readStoredEvidence(ext.worker)).find((e) => e.meta.kind === 'screenshot-element')!;
    const pixel = await ext.worker.evaluate(
      async ([id, x, y]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('claimkit');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => resolve(open.result);
        });
        const blob = await new Promise<Blob>((resolve, reject) => {
          const get = db.transaction('blobs').objectStore('blobs').get(id);
          get.onerror = () => reject(new Error(String(get.error)));
          get.onsuccess = () => resolve((get.result as { blob: Blob }).blob);
        });
        db.close();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return [...ctx.getImageData(x, y, 1, 1).data];
      },
      [shot.meta.id as string, at.x, at.y] as const,
    );
    // The icon's blue (29, 78, 216), not the white of a blank image.
    expect(pixel[2]).toBeGreaterThan(150);
    expect(pixel[0]).toBeLessThan(120);
    expect(server.requests.some((r) => r.startsWith('ae-pic-a1.aliexpress-media.com/kf/probe-photo.png'))).toBe(true);
    await popup.close();
    await page.close();
  });
});
