// Popup figures in Debian's Chromium with the built e2e extension (issue #8): the time from
// opening popup.html (in a tab, for the tab showing an order page) to the order shown, with 1 and
// with 1,000 tracked orders in IndexedDB; and, on a page that is not an order page, to the list of
// every tracked order shown. Orders are seeded through the extension's own storage code
// (bench/seed.ts), as copies of the order the extension read from the fixture page.
import { readStoredOrder, storedOrderCount, tabIdOf, waitFor } from '../tests/e2e/extension-state';
import { E2E_TIME_ZONE, launchExtension, type LaunchedExtension } from '../tests/e2e/launch';
import { serveFixtures } from '../tests/e2e/serve-fixtures';
import { seedOrders } from './seed';
import { timeUntilShown, type ShownWant } from './shown-at';
import { median, quantile } from './stats';

export const POPUP_BUDGET_MS = 150;
const ORDER_ID = '3052219904417382';
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const ITEM_URL = 'http://www.aliexpress.com/item/1005006412873391.html';
const WARM_UPS = 2;
const RUNS = 15;

export interface PopupFigure {
  name: string;
  orders: number;
  /** NaN when the popup showed an error instead (see `error`). */
  medianMs: number;
  p90Ms: number;
  runs: number;
  error?: string;
}

// As tests/e2e/reminders.e2e.ts: the fixture order served as placed 10 days ago, so its deadlines
// are open and reading it plans reminders, as for a live order.
const placedText = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: E2E_TIME_ZONE });

// The floor: how long this browser on this machine takes to show anything at all in a new tab.
const BLANK_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p id="shown">blank</p></body></html>';

async function timeBlankPage(ext: LaunchedExtension): Promise<PopupFigure> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const page = await ext.context.newPage();
    const shown = await timeUntilShown(page, 'http://www.aliexpress.com/blank.html', { selector: '#shown' });
    await page.close();
    if (i >= WARM_UPS) times.push(shown.ms);
  }
  return { name: 'floor: a blank web page in a new tab → its text shown', orders: 0, medianMs: median(times), p90Ms: quantile(times, 0.9), runs: times.length };
}

async function timePopup(ext: LaunchedExtension, tabId: number, name: string, orders: number, want: ShownWant): Promise<PopupFigure> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const popup = await ext.context.newPage();
    const shown = await timeUntilShown(popup, `chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`, want);
    await popup.close();
    // An error is the figure: the popup cannot show the order at all.
    if (shown.error !== undefined) return { name, orders, medianMs: NaN, p90Ms: NaN, runs: i + 1, error: `${shown.error.trim()} (after ${Math.round(shown.ms)} ms)` };
    if (i >= WARM_UPS) times.push(shown.ms);
  }
  return { name, orders, medianMs: median(times), p90Ms: quantile(times, 0.9), runs: times.length };
}

export async function benchPopup(): Promise<PopupFigure[]> {
  const server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform: (html) => html.replace('Order date: Feb 21, 2026', `Order date: ${placedText}`) },
    { host: 'www.aliexpress.com', path: '/item/1005006412873391.html', file: 'aliexpress/not-an-order.html' },
    { host: 'www.aliexpress.com', path: '/blank.html', file: 'aliexpress/not-an-order.html', transform: () => BLANK_PAGE },
  ]);
  const ext = await launchExtension(server.port);
  try {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, `aliexpress:${ORDER_ID}`), 'the order');
    const orderTab = await tabIdOf(ext.worker, ORDER_URL);
    const item = await ext.context.newPage();
    await item.goto(ITEM_URL);
    const itemTab = await tabIdOf(ext.worker, ITEM_URL);
    const orderShown = { selector: '[data-testid="order-id"]', text: ORDER_ID };
    const figures: PopupFigure[] = [await timeBlankPage(ext)];

    figures.push(await timePopup(ext, orderTab, 'order page → order shown', await storedOrderCount(ext.worker), orderShown));
    // 999 copies placed two years ago: their deadlines have passed, so they plan no reminders.
    await seedOrders(ext.worker, `aliexpress:${ORDER_ID}`, 999);
    const orders = await storedOrderCount(ext.worker);
    figures.push(await timePopup(ext, orderTab, 'order page → order shown (other orders past their deadlines)', orders, orderShown));
    // The popup lists the 20 most urgent ("Show all" fetches the rest): the background still sorts all 1,000.
    figures.push(await timePopup(ext, itemTab, 'product page → the 20 most urgent tracked orders listed', orders, { selector: '.tracked-row', count: Math.min(20, orders) }));
    // The same 999 placed 1–150 days ago: every order has open deadlines, each with its reminders.
    await seedOrders(ext.worker, `aliexpress:${ORDER_ID}`, 999, true);
    figures.push(await timePopup(ext, orderTab, 'order page → order shown (every order with open deadlines)', orders, orderShown));
    return figures;
  } finally {
    await ext.close();
    await server.close();
  }
}
