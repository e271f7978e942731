import { afterAll, beforeAll, it } from 'vitest';
import { tabIdOf } from '../e2e/extension-state';
import { launchExtension, type LaunchedExtension } from '../e2e/launch';
import { serveFixtures } from '../e2e/serve-fixtures';

// `npm run screenshots`: the README's pictures, taken from the built extension in real Chromium
// (so they stay current). Not part of `npm test`: it writes files under docs/.
let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' }]);
  ext = await launchExtension(server.port);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('popup on an AliExpress order page', async () => {
  const url = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('order-id').waitFor();
  await popup.locator('main').screenshot({ path: 'docs/popup-order.png' });
});
