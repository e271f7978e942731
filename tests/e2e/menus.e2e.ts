import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { FIXTURES, serveFixtures } from './serve-fixtures';

// Issue #4 item 2 end to end: the context-menu handlers, driven through the real click path (the
// e2e build's claimkitTest.menuClick, since a test cannot right-click the browser's own menu).
const ORDER_ID = '3052219904417382';
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const IMAGE_URL = 'http://ae-pic-a1.aliexpress-media.com/kf/S7c1e0b5d2f8a4c6e9b3d1a2f4e6c8b0aX.jpg_220x220.jpg';
const IMAGE_BYTES = readFileSync(resolve(FIXTURES, 'images/product-photo.png'));

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' },
    { host: 'ae-pic-a1.aliexpress-media.com', path: new URL(IMAGE_URL).pathname, file: 'images/product-photo.png' },
  ]);
  ext = await launchExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function menuClick(info: Record<string, string>, tabId: number) {
  return ext.worker.evaluate(
    ([i, t]) => (globalThis as unknown as { claimkitTest: { menuClick(info: unknown, tabId: number): Promise<void> } }).claimkitTest.menuClick(i, t),
    [info, tabId] as const,
  );
}

describe('right-click "Save as evidence"', () => {
  it('keeps an image’s own bytes with its source URL, and a quote with the page around it', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, `aliexpress:${ORDER_ID}`), 'the order');
    const tabId = await tabIdOf(ext.worker, ORDER_URL);

    await menuClick({ menuItemId: 'save-image', srcUrl: IMAGE_URL, pageUrl: ORDER_URL, mediaType: 'image' }, tabId);
    await menuClick({ menuItemId: 'save-selection', selectionText: 'Color: White', pageUrl: ORDER_URL }, tabId);

    const stored = await waitFor(async () => {
      const all = await readStoredEvidence(ext.worker);
      return all.length >= 3 ? all : null;
    }, 'three evidence items');
    const image = stored.find((e) => e.meta.kind === 'image')!;
    expect(image.meta).toMatchObject({ sourceUrl: IMAGE_URL, url: ORDER_URL, orderKey: `aliexpress:${ORDER_ID}`, width: 96, height: 96, mime: 'image/png' });
    expect(image.sha256).toBe(createHash('sha256').update(IMAGE_BYTES).digest('hex'));
    expect(image.meta.sha256).toBe(image.sha256);

    const quote = stored.find((e) => e.meta.kind === 'quote')!;
    expect(quote.meta).toMatchObject({ text: 'Color: White', url: ORDER_URL, orderKey: `aliexpress:${ORDER_ID}`, mime: 'text/plain;charset=utf-8' });
    expect(quote.sha256).toBe(createHash('sha256').update('Color: White').digest('hex'));
    expect(stored.filter((e) => e.meta.kind === 'screenshot-visible')).toHaveLength(1); // the page around the quote
    expect(server.requests.filter((r) => r.startsWith('ae-pic-a1'))).toHaveLength(1); // fetched once, on request
  });

  it('"Use as amount paid" sets the order’s total from the selected price', async () => {
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    await menuClick({ menuItemId: 'use-as-amount', selectionText: 'US $17.97', pageUrl: ORDER_URL }, tabId);
    await expect.poll(async () => (await readStoredOrder(ext.worker, `aliexpress:${ORDER_ID}`))?.total).toEqual({ minor: 1797, currency: 'USD' });
  });
});
