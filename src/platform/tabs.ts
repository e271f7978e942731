import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number | null;
  /** Known for the active tab after a toolbar click (activeTab); absent otherwise. */
  url?: string;
}

/**
 * The tab the popup is about: `?tabId=` when given (the locker and tests open popup.html in a tab),
 * else the active tab of the current window (the page the toolbar icon was clicked on).
 */
export async function targetTab(search: string): Promise<TargetTab> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

/** Opens one of ClaimKit's own pages in a tab (the locker), or the options page. */
export async function openOwnPage(page: 'locker' | 'options', hash = ''): Promise<void> {
  if (page === 'options') await browser.runtime.openOptionsPage();
  else await browser.tabs.create({ url: browser.runtime.getURL(`/evidence.html${hash}`) });
}
