import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  contentScriptMarks,
  readStoredOrder,
  recordReaderRequests,
  recordTabMessages,
  storedOrderCount,
  tabIdOf,
  tabMessages,
  waitFor,
  type ReaderRequest,
} from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';

// Issue #8 (CI budget): on a page that is not an order page the content script does no work: no
// reader bundle injected or fetched, no message to the background, no DOM observer, nothing stored,
// no badge. The first test is the control: on an order page the same probes do see the content
// script, with the reader injected by the browser just before it (no request for it).
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const PAGES = [
  // The product page at its real address: the match patterns do not cover it, so nothing is injected.
  { what: 'an AliExpress product page', url: 'http://www.aliexpress.com/item/1005006412873391.html', injected: false },
  // The same page at an address the match patterns cover (a stand-in path, not a known AliExpress
  // page): the content script runs, and must return after its URL check.
  { what: 'an AliExpress page under /p/order/ that is not an order page', url: 'http://www.aliexpress.com/p/order/not-an-order.html', injected: true },
  { what: 'a page of an unrelated shop', url: 'http://www.northwind-market.example/account/orders/402-8812345-6677124', injected: false },
];

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;
let readerRequests: ReaderRequest[];

beforeAll(async () => {
  server = await serveFixtures([
    { host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' },
    { host: 'www.aliexpress.com', path: '/item/1005006412873391.html', file: 'aliexpress/not-an-order.html' },
    { host: 'www.aliexpress.com', path: '/p/order/not-an-order.html', file: 'aliexpress/not-an-order.html' },
    { host: 'www.northwind-market.example', path: '/account/orders/402-8812345-6677124', file: 'generic/gmail-order-billing-jsonld.html' },
  ]);
  ext = await launchExtension(server.port);
  readerRequests = recordReaderRequests(ext.context, ext.extensionId);
  await recordTabMessages(ext.worker);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the content script', () => {
  it('on an order page (the control): has its reader injected, observes the page, reports the order', async () => {
    const page = await ext.context.newPage();
    // Every message the page's own scripts could hear (window.postMessage from anywhere), and the
    // events WXT's content-script context dispatches on the page's document, which a script that
    // knows ClaimKit's store id can listen for by name.
    await page.addInitScript((id) => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
      for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
        for (const type of [`${id}:order:${name}`, `${id}:content-scripts/order:${name}`, `${id}:${name}`]) document.addEventListener(type, () => heard.push(type));
      }
    }, ext.extensionId);
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
    const tabId = await tabIdOf(ext.worker, ORDER_URL);
    expect(readerRequests.filter((r) => r.frameUrl === ORDER_URL)).toEqual([]);
    expect((await tabMessages(ext.worker)).filter((m) => m.tabId === tabId).map((m) => m.type)).toContain('order/read');
    const marks = (await contentScriptMarks(page)).map((m) => m.name);
    // In this order: the reader is registered before the content script starts.
    expect([...new Set(marks.filter((m) => m !== 'claimkit:observing'))]).toEqual(['claimkit:reader-start', 'claimkit:reader', 'claimkit:start', 'claimkit:read']);
    expect(marks).toContain('claimkit:observing');
    // The page heard nothing: no message or event carries ClaimKit's id to the shop's scripts.
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    await page.close();
  });

  for (const { what, url, injected } of PAGES) {
    it(`on ${what}: no reader injected or fetched, no message, no observer, nothing stored, no badge`, async () => {
      const ordersBefore = await storedOrderCount(ext.worker);
      const page = await ext.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(ext.worker, url);
      // The order page's script has read and reported within this time in every run (see the control).
      await page.waitForTimeout(1_000);

      const marks = (await contentScriptMarks(page)).map((m) => m.name);
      expect(marks).toEqual(injected ? ['claimkit:start', 'claimkit:not-an-order-page'] : []);
      expect(readerRequests.filter((r) => r.frameUrl === url)).toEqual([]);
      expect((await tabMessages(ext.worker)).filter((m) => m.tabId === tabId)).toEqual([]);
      expect(await storedOrderCount(ext.worker)).toBe(ordersBefore);
      expect(await badgeText(ext.worker, tabId)).toBe('');
      await page.close();
    });
  }
});
