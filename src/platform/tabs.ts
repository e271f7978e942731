import { browser } from 'wxt/browser';

/** Opens one of ClaimKit's own pages in a tab (the locker), or the options page. */
export async function openOwnPage(page: 'locker' | 'options', hash = ''): Promise<void> {
  if (page === 'options') await browser.runtime.openOptionsPage();
  else await browser.tabs.create({ url: browser.runtime.getURL(`/evidence.html${hash}`) });
}
