import type { PageReading } from '../model/messages';

export interface AskTabReadingDeps {
  /** Asks the tab's content script for its reading; rejects when no script answers. */
  ask: (tabId: number) => Promise<PageReading>;
  /** The tab's address, when ClaimKit may see it (activeTab after the toolbar click); else undefined. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** The scripts that read this address's order page (src/marketplaces/sites.ts orderPageScripts); null for other pages. */
  scriptsFor: (url: string) => readonly string[] | null;
  inject: (tabId: number, files: readonly string[]) => Promise<void>;
}

/** Chrome's and Firefox's words when nothing in the tab listens: no content script runs there. */
export function isNoReceiverError(error: unknown): boolean {
  return error instanceof Error && /receiving end does not exist/i.test(error.message);
}

/**
 * The tab's reading, for the popup (the user just clicked ClaimKit's icon on this tab).
 *
 * The browser runs the content script only when a page loads at an order address. A shopper who
 * reaches the order page inside the shop's single-page app (Wildberries), or whose tab was open
 * before ClaimKit was installed or updated, has an order page with no script. Then, and only then,
 * the reader and the content script are injected, as the manifest would have, and asked again.
 * The injection waits for the page's document_idle, like the manifest's; should both come (the
 * page was still loading), the content script starts once (entrypoints/order.content.ts). Any
 * refusal (no activeTab, not an order page) is "no reading": the popup offers what it offers on
 * any page. Callers: the popup's question, and a capture's order lookup (a shortcut or a menu
 * item), all after a user gesture.
 */
export async function askTabReading(tabId: number, deps: AskTabReadingDeps): Promise<PageReading | null> {
  try {
    return await deps.ask(tabId);
  } catch (error) {
    if (!isNoReceiverError(error)) return null;
  }
  try {
    const url = await deps.tabUrl(tabId);
    const scripts = url ? deps.scriptsFor(url) : null;
    if (!scripts) return null;
    await deps.inject(tabId, scripts);
    return await deps.ask(tabId);
  } catch {
    return null;
  }
}
