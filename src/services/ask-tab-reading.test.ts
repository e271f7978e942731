import { describe, expect, it } from 'vitest';
import type { PageReading } from '../model/messages';
import { askTabReading, isNoReceiverError, type AskTabReadingDeps } from './ask-tab-reading';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');
const ORDER_URL = 'https://www.wildberries.ru/lk/myorders/archive';
const SCRIPTS = ['reader-wildberries.js', 'content-scripts/order.js'];
const READING = { pageKind: 'order-list', marketplace: 'wildberries', url: ORDER_URL } as unknown as PageReading;

/**
 * A tab as the background sees it: whether a content script listens, and its address; injecting
 * the scripts makes one listen (as the real order.js registers its listener).
 */
function fakeTab(tab: { listening: boolean; url?: string; injectFails?: boolean }) {
  const injected: string[][] = [];
  let listening = tab.listening;
  const deps: AskTabReadingDeps = {
    ask: async () => {
      if (!listening) throw NO_RECEIVER;
      return READING;
    },
    tabUrl: async () => tab.url,
    scriptsFor: (url) => (url === ORDER_URL ? SCRIPTS : null),
    inject: async (_tabId, files) => {
      if (tab.injectFails) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      injected.push([...files]);
      listening = true;
    },
  };
  return { deps, injected };
}

describe('the popup asks the tab for its reading', () => {
  it('gets the content script’s reading and injects nothing when the script is there', async () => {
    const { deps, injected } = fakeTab({ listening: true, url: ORDER_URL });
    expect(await askTabReading(7, deps)).toBe(READING);
    expect(injected).toEqual([]);
  });

  it('on an order page reached without a page load (single-page app, or open before install), starts the reader and the content script, and reads', async () => {
    const { deps, injected } = fakeTab({ listening: false, url: ORDER_URL });
    expect(await askTabReading(7, deps)).toBe(READING);
    expect(injected).toEqual([SCRIPTS]);
  });

  it('injects nothing on a page that is no order page, or whose address it may not see', async () => {
    for (const url of ['https://www.wildberries.ru/', undefined]) {
      const { deps, injected } = fakeTab({ listening: false, url });
      expect(await askTabReading(7, deps)).toBeNull();
      expect(injected).toEqual([]);
    }
  });

  it('gives no reading, and no error, when the browser refuses the injection', async () => {
    const { deps } = fakeTab({ listening: false, url: ORDER_URL, injectFails: true });
    expect(await askTabReading(7, deps)).toBeNull();
  });

  it('does not inject when a script is there but its answer failed (it would run twice)', async () => {
    const { deps, injected } = fakeTab({ listening: true, url: ORDER_URL });
    deps.ask = async () => {
      throw new Error('reply: pageKind: Invalid option');
    };
    expect(await askTabReading(7, deps)).toBeNull();
    expect(injected).toEqual([]);
  });

  it('knows "no receiver" by the browsers’ words only', () => {
    expect(isNoReceiverError(NO_RECEIVER)).toBe(true);
    expect(isNoReceiverError(new Error('The message port closed before a response was received.'))).toBe(false);
    expect(isNoReceiverError('Receiving end does not exist')).toBe(false);
  });
});
