import { afterAll, beforeAll, it } from 'vitest';
import { openPopupWindow, tabIdOf } from '../e2e/extension-state';
import { launchExtension, type LaunchedExtension } from '../e2e/launch';
import { serveFixtures } from '../e2e/serve-fixtures';

// `npm run screenshots`: the README's pictures, taken from the built extension in real Chromium
// (so they stay current). Not part of `npm test`: it writes files under docs/.
let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  // The fixture's order, served as placed 10 days ago so its deadlines are open, as a user sees them.
  const placed = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  server = await serveFixtures([
    {
      host: 'www.aliexpress.com',
      path: '/p/order/detail.html',
      file: 'aliexpress/order-detail-global-en.html',
      transform: (html) => html.replace('Order date: Feb 21, 2026', `Order date: ${placed}`).replace('<div>Completed</div>', '<div>Awaiting delivery</div>'),
    },
  ]);
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
  const popup = await openPopupWindow(ext, tabId);
  await popup.getByTestId('order-id').waitFor();
  await popup.getByRole('button', { name: 'Capture visible area' }).click();
  await popup.getByTestId('evidence-item').first().waitFor();
  // The top of the popup (deadline, order, evidence) for the README's first picture.
  await popup.screenshot({ path: 'docs/popup-order.png', clip: { x: 0, y: 0, width: 400, height: 860 } });
  // The complaint builder, with a reason, an outcome and the user's facts filled in (popup reopened,
  // as a user would, so it lists the evidence just captured).
  await popup.reload();
  await popup.getByTestId('order-id').waitFor();
  const builder = popup.getByRole('region', { name: 'Complaint' });
  await builder.getByLabel('Reason').selectOption({ label: 'Not as described' });
  await builder.getByLabel('What you ask for').selectOption({ label: 'Partial refund' });
  await builder.getByLabel('Refund amount (USD)').fill('5.00');
  await builder.getByLabel('What happened').fill('The listing says the cable is 2 m long; the cable I received is 1 m (photo attached).');
  await popup.waitForTimeout(800);
  await builder.screenshot({ path: 'docs/complaint-builder.png' });
});

it('options page', async () => {
  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await options.screenshot({ path: 'docs/options.png', fullPage: true });
});

it('evidence locker', async () => {
  const locker = await ext.context.newPage();
  await locker.setViewportSize({ width: 1100, height: 800 });
  await locker.goto(`chrome-extension://${ext.extensionId}/evidence.html`);
  await locker.getByRole('heading', { level: 1 }).waitFor();
  await locker.screenshot({ path: 'docs/locker.png' });
});

it('first-run guide', async () => {
  const welcome = await ext.context.newPage();
  await welcome.setViewportSize({ width: 900, height: 900 });
  await welcome.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
  await welcome.getByRole('heading', { level: 1 }).waitFor();
  await welcome.getByRole('checkbox').waitFor();
  await welcome.screenshot({ path: 'docs/welcome.png', fullPage: true });
});

it('popup in Russian (the UI language set in options)', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Русский' }).first().check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByRole('heading', { level: 1, name: 'Настройки ClaimKit' }).waitFor();
  const url = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
  const tabId = await tabIdOf(ext.worker, url);
  const popup = await openPopupWindow(ext, tabId);
  await popup.getByTestId('order-id').waitFor();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: 'docs/popup-ru.png', clip: { x: 0, y: 0, width: 400, height: 700 } });
});
