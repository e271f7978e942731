import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { E2E_TIME_ZONE, launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';

// Issue #5 end to end: the badge shows the days left, the alarms exist with the right times, and
// a firing alarm shows a notification, in Debian's Chromium with the built extension.
const ORDER_ID = '3052219904417382';
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const DAY = 24 * 60 * 60 * 1000;

// The fixture's order (paid with PayPal) was placed on "Feb 21, 2026"; served as placed 10 days
// ago, so PayPal's 180-day dispute window (deadlines.md, documented) is open.
const placed = new Date(Date.now() - 10 * DAY);
const placedText = placed.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: E2E_TIME_ZONE });

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([
    {
      host: 'www.aliexpress.com',
      path: '/p/order/detail.html',
      file: 'aliexpress/order-detail-global-en.html',
      transform: (html) => html.replace('Order date: Feb 21, 2026', `Order date: ${placedText}`),
    },
  ]);
  ext = await launchExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('deadlines and reminders', () => {
  it('sets the badge to the days left and creates reminder alarms at the lead times', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, `aliexpress:${ORDER_ID}`), 'the order');
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    // 180 days after the order day, to the end of that day in the user's zone: 170 calendar days from today.
    expect(await waitFor(async () => (await badgeText(ext.worker, tabId)) || null, 'the badge')).toBe('170');

    const alarms = await waitFor(async () => {
      const all = await ext.worker.evaluate(() => chrome.alarms.getAll());
      const paypal = all.filter((a) => a.name.startsWith('ck-remind/') && a.name.includes('paypal-dispute'));
      return paypal.length === 4 ? paypal : null;
    }, 'the PayPal reminder alarms');
    const due = await ext.worker.evaluate(
      ([y, m, d]) => new Date(y, m, d, 23, 59, 59, 999).getTime(),
      [placed.getFullYear(), placed.getMonth(), placed.getDate() + 180] as const,
    );
    const leads = alarms.map((a) => Math.round((due - a.scheduledTime) / 60_000)).sort((a, b) => b - a);
    expect(leads).toEqual([7 * 24 * 60, 3 * 24 * 60, 24 * 60, 6 * 60]);
    await page.close();
  });

  it('a firing reminder alarm shows a notification', async () => {
    // The e2e build has "notifications" outright: a test cannot accept Chrome's permission prompt
    // (the popup's "Turn on reminders" button that asks for it is unit-tested).
    expect(await ext.worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(true);
    const name = await ext.worker.evaluate(async () => {
      const [alarm] = (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('ck-remind/'));
      // Unpacked extensions may set alarms under Chrome's 30-second minimum: fire it now.
      await chrome.alarms.create(alarm!.name, { when: Date.now() + 300 });
      return alarm!.name;
    });
    const shown = await waitFor(async () => {
      const all = (await ext.worker.evaluate(() => chrome.notifications.getAll())) as Record<string, unknown>;
      return all[name] ? Object.keys(all) : null;
    }, 'the notification');
    expect(shown).toEqual([name]);
  });
});
