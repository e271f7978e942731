import { browser } from 'wxt/browser';

// What the background needs to start the order content script in a tab the browser did not run it
// in (src/services/ask-tab-reading.ts). Each works only with access to the tab: activeTab after the
// toolbar click (or, in the e2e build, its <all_urls>); without it they answer undefined / false /
// reject, and the popup shows what it shows on any page.

/** The tab's address, when ClaimKit may see it. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId)).url || undefined;
}

function documentHasLoaded(): boolean {
  return document.readyState === 'complete';
}

/** Whether the tab's document has finished loading (by then the manifest's content scripts have run). */
export async function isTabLoaded(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: documentHasLoaded });
  return (result as { result?: unknown } | undefined)?.result === true;
}

/** Runs the extension's own script files in the tab's top frame, in order, in the content scripts' world. */
export async function injectFiles(tabId: number, files: readonly string[]): Promise<void> {
  // WXT types `files` as its known public paths; these are manifest names (sites.ts), built by WXT.
  await browser.scripting.executeScript({ target: { tabId }, files: files.map((file) => `/${file}`) as never });
}
