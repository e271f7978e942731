import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptMarks, openPopupWindow, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { textNow } from './read-now';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';

// Issue #3 item 8: AliExpress pages are single-page apps that render the order after load. The
// fixture's own markup is served inside a <template> and rendered 2.5 s after load, the way the
// React app fills an empty shell; the content script must read it again once it appears. (The
// delay leaves the test time to see the shell's reading first, even on a loaded machine.)
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const renderLater = (html: string) =>
  html
    .replace('<body>', '<body><div id="root"></div><template id="app">')
    .replace('</body>', `</template><script>
      setTimeout(() => document.getElementById('root').append(document.getElementById('app').content.cloneNode(true)), 2500);
    </script></body>`);

const appShell = (html: string) => html.replace('<body>', '<body><div id="root"></div><template id="app">').replace('</body>', '</template></body>');

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform: renderLater },
    // The shop's home page, an app shell that draws the order page itself when the shopper opens
    // it (the test plays the app: it changes the address with pushState and draws the markup).
    { host: 'www.aliexpress.com', path: '/', file: 'aliexpress/order-detail-global-fr.html', transform: appShell },
  ]);
  ext = await launchExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('an order page that renders after load', () => {
  it('is read again when the order appears: items, total and seller arrive without a reload', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    const first = await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the first reading (order number from the URL)');
    expect(first.items).toEqual([]); // the shell had no items yet
    const full = await waitFor(async () => {
      const order = await readStoredOrder(ext.worker, 'aliexpress:3052219904417382');
      return order && (order.items as unknown[]).length > 0 ? order : null;
    }, 'the re-read after rendering');
    expect(full).toMatchObject({ total: { minor: 1996, currency: 'USD' }, seller: { name: 'Soundwave Audio Official Store' } });
    expect(full.items).toHaveLength(2);
    await page.close();
  });
});

describe('an order page reached inside the shop’s app, without a page load', () => {
  it('has no content script until the shopper clicks ClaimKit; then it is read, stored and shown', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.aliexpress.com/');
    await page.evaluate(() => {
      history.pushState({}, '', '/p/order/detail.html?orderId=3053310275568841');
      document.getElementById('root')!.append((document.getElementById('app') as HTMLTemplateElement).content.cloneNode(true));
    });
    // The premise: browsers run content scripts on page loads only, so nothing has read this page.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await contentScriptMarks(page)).toEqual([]);
    expect(await readStoredOrder(ext.worker, 'aliexpress:3053310275568841')).toBeNull();

    // The e2e build holds <all_urls> where a shopper's click grants activeTab: this shows the
    // injection and the reading, not the permission.
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, 'http://www.aliexpress.com/p/order/'));
    await expect.poll(() => textNow(popup.getByTestId('order-id'))).toBe('3053310275568841');
    const stored = await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3053310275568841'), 'the order, stored');
    expect(stored).toMatchObject({ total: { minor: 2828, currency: 'EUR' }, seller: { name: 'Lumina Home Store' } });
    // Started once, with its reader, as the manifest would have; and it keeps watching the page.
    // Injected once more (the browser's own injection can come as well, when the popup opens on a
    // page still loading), it does not start a second time.
    const tabId = await tabIdOf(ext.worker, 'http://www.aliexpress.com/p/order/');
    await ext.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/reader-aliexpress.js', '/content-scripts/order.js'] }), tabId);
    const marks = (await contentScriptMarks(page)).map((mark) => mark.name);
    expect(marks.filter((name) => name === 'claimkit:start')).toHaveLength(1);
    expect(marks).toEqual(expect.arrayContaining(['claimkit:reader', 'claimkit:read', 'claimkit:observing']));
    await popup.close();
    await page.close();
  });
});
