import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { FIXTURES, serveFixtures } from './serve-fixtures';
import { textNow } from './read-now';

// Issue #6 end to end: on the AliExpress fixture order page the popup builds a complaint with the
// order's own number, amount and product, keeps it as a draft when the popup closes, and pastes it
// into a React-controlled dispute form whose own state then holds the text. The form is a stand-in
// (tests/fixtures/forms/README.md): no public source documents the real dispute page's DOM.
const ORDER_ID = '3052219904417382';
const ORDER_KEY = `aliexpress:${ORDER_ID}`;
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const FORM_URL = `http://www.aliexpress.com/p/dispute/open.html?orderId=${ORDER_ID}`;
const FORM_SCRIPT = resolve(import.meta.dirname, '../../.tmp/e2e/dispute-form.js');
const TITLE = 'Wireless Earbuds Bluetooth 5.3 with Charging Case, Noise Reduction';
const FACTS = 'The listing promises noise cancelling; the earbuds have no such mode in the app or on the buds.';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  // The stand-in form's React code, bundled now so the fixture is its readable source only.
  await build({
    entryPoints: [resolve(FIXTURES, 'forms/dispute-form.tsx')],
    outfile: FORM_SCRIPT,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' },
    { host: 'www.aliexpress.com', path: '/p/dispute/open.html', file: 'forms/dispute-form.html' },
    { host: 'www.aliexpress.com', path: '/p/dispute/dispute-form.js', file: FORM_SCRIPT },
  ]);
  ext = await launchExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The order's complaint draft as stored in the extension's IndexedDB. */
function readStoredDraft(worker: Worker, key: string): Promise<Record<string, unknown> | null> {
  return worker.evaluate(
    (k) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(k);
          get.onerror = () => reject(new Error(String(get.error)));
          get.onsuccess = () => {
            resolve((get.result as Record<string, unknown> | undefined) ?? null);
            open.result.close();
          };
        };
      }),
    key,
  );
}

describe('the complaint builder', () => {
  it('builds the complaint from the order page, keeps it as a draft when the popup closes, and pastes it into a React-controlled dispute form', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, ORDER_KEY), 'the order');
    const tabId = await tabIdOf(ext.worker, ORDER_URL);

    let popup = await openPopupWindow(ext, tabId);
    let builder = popup.getByRole('region', { name: 'Complaint' });
    await builder.getByLabel('Reason').selectOption({ label: 'Not as described' });
    await builder.getByLabel('What you ask for').selectOption({ label: 'Partial refund' });
    await builder.getByLabel('Refund amount (USD)').fill('5.00');
    await builder.getByLabel('Send as').selectOption({ label: 'PayPal or bank dispute' });
    await builder.getByLabel('What happened').fill(FACTS);
    const complaint = builder.getByTestId('complaint-text');
    await expect.poll(() => complaint.inputValue()).toContain(FACTS);
    const text = await complaint.inputValue();
    expect(text).toContain(`Order number: ${ORDER_ID}`);
    expect(text).toContain('US$19.96'); // the order's total as the English template formats it
    expect(text).toContain(TITLE);
    expect(text).toContain('US$5.00');
    expect(await builder.getByTestId('complaint-count').textContent()).toMatch(new RegExp(`^${text.length.toLocaleString('en')} / 2,000 characters`));

    // Russian from the same facts, then back.
    await builder.getByLabel('Language').selectOption({ label: 'Русский' });
    await expect.poll(() => complaint.inputValue()).toMatch(/Номер заказа: 3052219904417382/);
    await builder.getByLabel('Language').selectOption({ label: 'English' });
    await expect.poll(() => complaint.inputValue()).toBe(text);

    // The draft is saved as the user types, and comes back when the popup opens again.
    await waitFor(async () => ((await readStoredDraft(ext.worker, ORDER_KEY))?.text === text ? true : null), 'the saved draft');
    expect(await readStoredDraft(ext.worker, ORDER_KEY)).toMatchObject({
      reason: 'not-as-described',
      outcome: 'partial-refund',
      partialAmount: { minor: 500, currency: 'USD' },
      channel: 'payment-dispute',
      language: 'en',
      facts: FACTS,
    });
    await popup.close();
    popup = await openPopupWindow(ext, tabId);
    builder = popup.getByRole('region', { name: 'Complaint' });
    await expect.poll(() => builder.getByLabel('What happened').inputValue()).toBe(FACTS);
    expect(await builder.getByTestId('complaint-text').inputValue()).toBe(text);

    // The user goes on to the dispute form in the same tab and clicks into its description box.
    await page.goto(FORM_URL);
    await page.getByLabel('Please describe the problem').focus();
    await builder.getByRole('button', { name: 'Paste into the page' }).click();
    await expect.poll(() => textNow(builder.getByTestId('complaint-status'))).toMatch(/^Pasted into the focused text box “Please describe the problem”/);
    // What the form's React state holds: the counter and the preview are rendered from it.
    await expect.poll(() => textNow(page.getByTestId('preview'))).toBe(text);
    expect(await page.getByTestId('char-count').textContent()).toBe(`${text.length} characters`);
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await page.getByTestId('submitted').textContent()).toBe(text);

    // Without a click into the form, its only empty text box is the place.
    await page.reload();
    await page.getByTestId('char-count').waitFor();
    await builder.getByRole('button', { name: 'Paste into the page' }).click();
    await expect.poll(() => textNow(page.getByTestId('preview'))).toBe(text);
    expect(await builder.getByTestId('complaint-status').textContent()).toMatch(/^Pasted into the only empty text box/);
    await popup.close();

    // As in real use: on the dispute page the popup opens afresh (no order read there) and offers
    // the complaints already written.
    await page.reload();
    await page.getByLabel('Please describe the problem').focus();
    const onForm = await openPopupWindow(ext, tabId);
    const panel = onForm.getByRole('region', { name: 'Paste a complaint you wrote' });
    await panel.getByRole('button', { name: 'Paste into the page' }).click();
    await expect.poll(() => textNow(page.getByTestId('preview'))).toBe(text);
    await onForm.close();
    await page.close();
  });
});
