import { browser } from 'wxt/browser';
import type { UiLanguage } from '../i18n/ui-language';
import { MENU_ITEMS, menuTitle } from '../model/menu';

/**
 * (Re)creates ClaimKit's context-menu items in `language`. Menus persist, so this runs on install,
 * on start-up (the browser's language may have changed) and when the UI language is saved in options.
 */
export async function createContextMenus(language: UiLanguage = 'en'): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({ id: item.id, title: menuTitle(item, language), contexts: [...item.contexts] });
  }
}
