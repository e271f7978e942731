import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredOrder, waitFor } from './extension-state';
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

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform: renderLater }]);
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
