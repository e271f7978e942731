import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow, readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';

// Issue #8 item 3: the extension itself makes no network request but fetching an image the user
// asked to save. Playwright reports the service worker's requests with this switch set.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const IMAGE_URL = 'http://ae-pic-a1.aliexpress-media.com/kf/S7c1e0b5d2f8a4c6e9b3d1a2f4e6c8b0aX.jpg_220x220.jpg';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;
const fromExtension: string[] = [];

beforeAll(async () => {
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' },
    { host: 'ae-pic-a1.aliexpress-media.com', path: new URL(IMAGE_URL).pathname, file: 'images/product-photo.png' },
  ]);
  ext = await launchExtension(server.port);
  ext.context.on('request', (request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return; // the extension's own files, not the network
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : safeFrameUrl(request.frame.bind(request));
    if (frameUrl.startsWith(`chrome-extension://${ext.extensionId}/`)) fromExtension.push(url);
  });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function safeFrameUrl(frame: () => { url(): string }): string {
  try {
    return frame().url();
  } catch {
    return '';
  }
}

describe('privacy', () => {
  it('reading, capturing, the popup, the locker and a saved image: the only request of its own is that image', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    const popup = await openPopupWindow(ext, tabId);
    await popup.getByRole('button', { name: 'Capture visible area' }).click();
    await popup.getByRole('status').filter({ hasText: /Saved/ }).waitFor();
    await ext.worker.evaluate(
      ([src, pageUrl, id]) =>
        (globalThis as unknown as { claimkitTest: { menuClick(info: unknown, tabId: number): Promise<void> } }).claimkitTest.menuClick(
          { menuItemId: 'save-image', srcUrl: src, pageUrl },
          id,
        ),
      [IMAGE_URL, ORDER_URL, tabId] as const,
    );
    await waitFor(async () => ((await readStoredEvidence(ext.worker)).some((e) => e.meta.kind === 'image') ? true : null), 'the saved image');
    const locker = await ext.context.newPage();
    await locker.goto(`chrome-extension://${ext.extensionId}/evidence.html`);
    await locker.getByRole('heading', { level: 1 }).waitFor();
    await locker.waitForTimeout(500);

    expect(fromExtension).toEqual([IMAGE_URL]);
    await locker.close();
    await popup.close();
    await page.close();
  });

  it('a web page cannot talk to ClaimKit: forged messages get nothing and store nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
    const forged = { type: 'order/read', data: { pageKind: 'order-detail', order: { marketplace: 'aliexpress', orderId: '6666666666666666' } } };
    const answers = await page.evaluate(
      async ([id, message]) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
        // No externally_connectable: the page has no way to send to the extension at all.
        const direct = runtime?.sendMessage ? await runtime.sendMessage(id, message).then(() => 'answered', (e: unknown) => `refused: ${String(e)}`) : 'no runtime';
        window.postMessage(message, '*'); // the content script does not listen to page messages
        document.dispatchEvent(new CustomEvent('claimkit', { detail: message }));
        return direct;
      },
      [ext.extensionId, forged] as const,
    );
    expect(answers).not.toBe('answered');
    await page.waitForTimeout(500);
    expect(await readStoredOrder(ext.worker, 'aliexpress:6666666666666666')).toBeNull();
    await page.close();
  });
});
