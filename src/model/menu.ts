import { z } from 'zod';

/**
 * ClaimKit's context-menu items: what the user right-clicked decides which ones show. `title` is
 * English, `ru` the same in Russian (the menus speak the UI language: platform/context-menus.ts).
 */
export const MENU_ITEMS = [
  { id: 'save-page', title: 'Save this page as evidence', ru: 'Сохранить страницу как доказательство', contexts: ['page'] },
  { id: 'save-image', title: 'Save image as evidence', ru: 'Сохранить изображение как доказательство', contexts: ['image'] },
  { id: 'save-selection', title: 'Save quote as evidence', ru: 'Сохранить цитату как доказательство', contexts: ['selection'] },
  { id: 'save-link', title: 'Save link as evidence', ru: 'Сохранить ссылку как доказательство', contexts: ['link'] },
  { id: 'use-as-order-number', title: 'Use as order number', ru: 'Использовать как номер заказа', contexts: ['selection'] },
  { id: 'use-as-order-date', title: 'Use as order date', ru: 'Использовать как дату заказа', contexts: ['selection'] },
  { id: 'use-as-amount', title: 'Use as amount paid', ru: 'Использовать как сумму оплаты', contexts: ['selection'] },
] as const;

/** A menu item's title in the UI language ('en' | 'ru'; the model names no other). */
export function menuTitle(item: (typeof MENU_ITEMS)[number], language: 'en' | 'ru'): string {
  return language === 'ru' ? item.ru : item.title;
}

export type MenuItemId = (typeof MENU_ITEMS)[number]['id'];

/** What a menu click tells us, parsed at the boundary like any message. */
export const menuClickSchema = z.object({
  menuItemId: z.enum(MENU_ITEMS.map((m) => m.id) as [MenuItemId, ...MenuItemId[]]),
  pageUrl: z.string().optional(),
  srcUrl: z.string().optional(),
  linkUrl: z.string().optional(),
  linkText: z.string().optional(),
  selectionText: z.string().optional(),
  mediaType: z.string().optional(),
});
export type MenuClick = z.infer<typeof menuClickSchema>;
