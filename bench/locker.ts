// The evidence locker with 1,000 items in Debian's Chromium with the built e2e extension (issue #8):
// the time from opening evidence.html to every item's card in the document, and to every image
// item's thumbnail bytes loaded. The items are copies (through the extension's storage code,
// bench/seed.ts) of one real visible capture of the fixture order page and its page snapshot,
// spread over 50 cases of 20 items, each with its custody line.
import type { Page } from 'playwright-core';
import { openPopupWindow, readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from '../tests/e2e/extension-state';
import { launchExtension } from '../tests/e2e/launch';
import { serveFixtures } from '../tests/e2e/serve-fixtures';
import { seedEvidence, seedOrders } from './seed';
import { timeUntilShown } from './shown-at';
import { median } from './stats';

const ORDER_KEY = 'aliexpress:3052219904417382';
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const CASES = 50;
const PER_CASE = 20;
const WARM_UPS = 1;
const RUNS = 3;

export interface LockerFigure {
  items: number;
  cases: number;
  listMedianMs: number;
  thumbnailsMedianMs: number;
  runs: number;
  storedMb: number;
}

/** Time from navigation start until every image card has its thumbnail's object URL (decoding is the browser's, later). */
async function thumbnailsReadyAt(page: Page, images: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="locker-item"] img[src^="blob:"]').length >= n, images, { polling: 50, timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

export async function benchLocker(): Promise<LockerFigure> {
  const server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' }]);
  const ext = await launchExtension(server.port);
  try {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, ORDER_KEY), 'the order');
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, ORDER_URL));
    await popup.getByRole('button', { name: 'Capture visible area' }).click();
    await popup.getByRole('status').filter({ hasText: /Saved: Screenshot \(visible/ }).waitFor({ timeout: 30_000 });
    const real = await waitFor(async () => ((await readStoredEvidence(ext.worker)).length >= 2 ? readStoredEvidence(ext.worker) : null), 'the capture and its page snapshot');
    await popup.close();

    const cases = [ORDER_KEY, ...(await seedOrders(ext.worker, ORDER_KEY, CASES - 1))];
    const items = await seedEvidence(ext.worker, cases, PER_CASE);
    const imageShare = real.filter((e) => String(e.meta.mime).startsWith('image/')).length / real.length;
    const storedMb = (items * real.reduce((n, e) => n + e.size, 0)) / real.length / 1024 / 1024;

    const list: number[] = [];
    const thumbnails: number[] = [];
    for (let i = 0; i < WARM_UPS + RUNS; i++) {
      const locker = await ext.context.newPage();
      const shown = await timeUntilShown(locker, `chrome-extension://${ext.extensionId}/evidence.html`, { selector: '[data-testid="locker-item"]', count: items }, '[role="alert"]', 120_000);
      if (shown.error !== undefined) throw new Error(`the locker showed an error: ${shown.error}`);
      const thumbs = await thumbnailsReadyAt(locker, Math.round(items * imageShare));
      if (i >= WARM_UPS) {
        list.push(shown.ms);
        thumbnails.push(thumbs);
      }
      await locker.close();
    }
    return { items, cases: cases.length, listMedianMs: median(list), thumbnailsMedianMs: median(thumbnails), runs: list.length, storedMb };
  } finally {
    await ext.close();
    await server.close();
  }
}
