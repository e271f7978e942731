import { browser } from 'wxt/browser';
import { MENU_ITEMS } from '../model/menu';

/** (Re)creates ClaimKit's context-menu items; menus persist, so this runs on install/update. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({ id: item.id, title: item.title, contexts: [...item.contexts] });
  }
}
