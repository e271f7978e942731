// The content scripts in Debian's Chromium with the built e2e extension (issue #8): on each
// AliExpress order fixture, served under its marketplace host name, the time from document_idle to
// the order read, from the e2e build's performance marks: claimkit:reader-start (the browser starts
// the reader bundle, injected at idle just before the content script: reader-start-mark.ts) →
// claimkit:start (entrypoints/order.content.ts starts, the reader registered) → claimkit:read (the
// first reading). And on pages that are not order pages, what the content script did: injected or
// not, its time, reader bundles present or fetched, messages sent, observers, orders, badge.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  badgeText,
  contentScriptMarks,
  readStoredOrder,
  recordReaderRequests,
  recordTabMessages,
  storedOrderCount,
  tabIdOf,
  tabMessages,
} from '../tests/e2e/extension-state';
import { launchExtension, MAPPED_HOSTS } from '../tests/e2e/launch';
import { FIXTURES, serveFixtures } from '../tests/e2e/serve-fixtures';
import { median, quantile } from './stats';

export const CONTENT_SCRIPT_BUDGET_MS = 10;
const WARM_UPS = 3;
const RUNS = 20;

export interface ContentScriptFigure {
  fixture: string;
  url: string;
  /** idle → first reading, median of RUNS page loads after WARM_UPS. */
  medianMs: number;
  p90Ms: number;
  /** idle → content script started (the reader bundle evaluated), and content script started → first reading (medians). */
  bundleMs: number;
  readMs: number;
  /** The first load in a fresh browser (no code cache yet). */
  firstVisitMs: number;
  runs: number;
  /** Every order the fixture shows was stored by the extension. */
  read: boolean;
  note: string;
}

export interface NonOrderPageFigure {
  page: string;
  url: string;
  injected: boolean;
  /** Start → return, median over the loads (null when not injected). */
  contentScriptMs: number | null;
  loads: number;
  /** Reader bundles injected or fetched over the loads. */
  readerRequests: number;
  messages: number;
  observers: number;
  ordersStored: number;
  badge: string;
}

interface Expected {
  url: string;
  pageKind: string;
  order?: { orderId: string };
  orders?: { orderId: string }[];
}

const markTime = (marks: { name: string; at: number }[], name: string) => marks.find((m) => m.name === `claimkit:${name}`)?.at ?? NaN;

async function loadAndWaitForRead(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('claimkit:read').length > 0, undefined, { polling: 20, timeout: 15_000 });
  const marks = await contentScriptMarks(page);
  const idle = markTime(marks, 'reader-start');
  const start = markTime(marks, 'start');
  const read = markTime(marks, 'read');
  return { total: read - idle, bundle: start - idle, read: read - start };
}

async function benchOrderFixture(file: string, expected: Expected): Promise<ContentScriptFigure> {
  const real = new URL(expected.url);
  // Hosts the e2e harness does not map (fr.aliexpress.com) are served as www.aliexpress.com, same path.
  const host = MAPPED_HOSTS.includes(real.hostname) ? real.hostname : 'www.aliexpress.com';
  const url = `http://${host}${real.pathname}${real.search}`;
  const server = await serveFixtures([{ host, path: real.pathname, file: `aliexpress/${file}` }]);
  const ext = await launchExtension(server.port);
  try {
    const page = await ext.context.newPage();
    const runs = [];
    for (let i = 0; i < 1 + WARM_UPS + RUNS; i++) runs.push(await loadAndWaitForRead(page, url));
    const measured = runs.slice(1 + WARM_UPS);
    const ids = expected.order ? [expected.order.orderId] : (expected.orders ?? []).map((o) => o.orderId);
    const stored = await Promise.all(ids.map((id) => readStoredOrder(ext.worker, `aliexpress:${id}`)));
    return {
      fixture: `aliexpress/${file}`,
      url,
      medianMs: median(measured.map((r) => r.total)),
      p90Ms: quantile(measured.map((r) => r.total), 0.9),
      bundleMs: median(measured.map((r) => r.bundle)),
      readMs: median(measured.map((r) => r.read)),
      firstVisitMs: runs[0]!.total,
      runs: measured.length,
      read: ids.length > 0 && stored.every(Boolean),
      note: host === real.hostname ? '' : `served as ${host} (${real.hostname} is not in the e2e host map)`,
    };
  } finally {
    await ext.close();
    await server.close();
  }
}

const NON_ORDER_PAGES = [
  { page: 'AliExpress product page (not matched)', url: 'http://www.aliexpress.com/item/1005006412873391.html', file: 'aliexpress/not-an-order.html' },
  // A stand-in address the match patterns cover that is not an order page: times the early return.
  { page: 'AliExpress /p/order/ page, not an order page', url: 'http://www.aliexpress.com/p/order/not-an-order.html', file: 'aliexpress/not-an-order.html' },
  { page: 'unrelated shop', url: 'http://www.northwind-market.example/account/orders/402-8812345-6677124', file: 'generic/gmail-order-billing-jsonld.html' },
];
const NON_ORDER_LOADS = 10;

async function benchNonOrderPages(): Promise<NonOrderPageFigure[]> {
  const server = await serveFixtures(NON_ORDER_PAGES.map(({ url, file }) => ({ host: new URL(url).hostname, path: new URL(url).pathname, file })));
  const ext = await launchExtension(server.port);
  const readerRequests = recordReaderRequests(ext.context, ext.extensionId);
  await recordTabMessages(ext.worker);
  try {
    const figures: NonOrderPageFigure[] = [];
    for (const { page: name, url } of NON_ORDER_PAGES) {
      const page = await ext.context.newPage();
      const times: number[] = [];
      let observers = 0;
      let injected = false;
      let readersPresent = 0;
      for (let i = 0; i < NON_ORDER_LOADS; i++) {
        await page.goto(url);
        await page.waitForTimeout(300); // document_idle comes at the latest 200 ms after load
        const marks = await contentScriptMarks(page);
        injected ||= marks.length > 0;
        readersPresent += marks.filter((m) => m.name === 'claimkit:reader').length;
        observers += marks.filter((m) => m.name === 'claimkit:observing').length;
        if (marks.length > 0) times.push(markTime(marks, 'not-an-order-page') - markTime(marks, 'start'));
      }
      const tabId = await tabIdOf(ext.worker, url);
      figures.push({
        page: name,
        url,
        injected,
        contentScriptMs: times.length ? median(times) : null,
        loads: NON_ORDER_LOADS,
        readerRequests: readerRequests.filter((r) => r.frameUrl === url).length + readersPresent,
        messages: (await tabMessages(ext.worker)).filter((m) => m.tabId === tabId).length,
        observers,
        ordersStored: await storedOrderCount(ext.worker),
        badge: await badgeText(ext.worker, tabId),
      });
      await page.close();
    }
    return figures;
  } finally {
    await ext.close();
    await server.close();
  }
}

export async function benchContentScript(): Promise<{ orderPages: ContentScriptFigure[]; nonOrderPages: NonOrderPageFigure[] }> {
  const orderPages: ContentScriptFigure[] = [];
  const dir = join(FIXTURES, 'aliexpress');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
    if (expected.pageKind === 'other') continue;
    orderPages.push(await benchOrderFixture(file.replace('.expected.json', '.html'), expected));
  }
  return { orderPages, nonOrderPages: await benchNonOrderPages() };
}
