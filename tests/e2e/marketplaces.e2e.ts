import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';
import { textNow } from './read-now';

// Issue #7 end to end: fixture pages of other marketplaces, served under their real host names so
// the manifest's own match patterns decide (Amazon over TLS: its hosts are HSTS-preloaded), are read by the content script (which loads that
// marketplace's reader bundle), stored, and shown by the popup.
const PAGES = [
  {
    name: 'an Amazon order-details page (amazon.com)',
    url: 'https://www.amazon.com/your-orders/order-details?orderID=113-1234567-1234567',
    host: 'www.amazon.com',
    path: '/your-orders/order-details',
    file: 'amazon/order-detail-en.html',
    key: 'amazon:113-1234567-1234567',
    orderId: '113-1234567-1234567',
    total: { minor: 5882, currency: 'USD' },
  },
  {
    name: 'an Ozon order page (ozon.ru, in Russian)',
    url: 'http://www.ozon.ru/my/orderdetails/?order=12345678-0012',
    host: 'www.ozon.ru',
    path: '/my/orderdetails/',
    file: 'ozon/order-detail.html',
    key: 'ozon:12345678-0012',
    orderId: '12345678-0012',
    total: undefined,
  },
] as const;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures(PAGES.map(({ host, path, file }) => ({ host, path, file })));
  ext = await launchExtension(server.port, { tlsPort: server.tlsPort });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe.each(PAGES)('$name', (page) => {
  it('is read on its own, stored, and shown in the popup', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(page.url);
    const stored = await waitFor(() => readStoredOrder(ext.worker, page.key), `${page.key} in IndexedDB`);
    expect(stored).toMatchObject({ orderId: page.orderId, url: page.url, source: 'page' });
    if (page.total) expect(stored).toMatchObject({ total: page.total });

    const tabId = await tabIdOf(ext.worker, page.url);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => textNow(popup.getByTestId('order-id'))).toBe(page.orderId);
    await popup.close();
    await tab.close();
  });
});
