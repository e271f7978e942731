import { browser } from 'wxt/browser';

// What the background needs to start the order content script in a tab the browser did not run it
// in (src/services/ask-tab-reading.ts). Each works only with access to the tab: activeTab after the
// toolbar click, menu item or shortcut (or, in the e2e build, its <all_urls>); without it they
// answer undefined or reject, and the popup shows what it shows on any page.

/** The tab's address, when ClaimKit may see it. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId)).url || undefined;
}

/**
 * Runs the extension's own script files in the tab's top frame, in order, in the content scripts'
 * world, at the page's document_idle (executeScript's default, as the manifest's injection).
 */
export async function injectFiles(tabId: number, files: readonly string[]): Promise<void> {
  // WXT types `files` as its known public paths; these are manifest names (sites.ts), built by WXT.
  await browser.scripting.executeScript({ target: { tabId }, files: files.map((file) => `/${file}`) as never });
}
