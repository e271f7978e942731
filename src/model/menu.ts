import { z } from 'zod';

/** ClaimKit's context-menu items: what the user right-clicked decides which ones show. */
export const MENU_ITEMS = [
  { id: 'save-page', title: 'Save this page as evidence', contexts: ['page'] },
  { id: 'save-image', title: 'Save image as evidence', contexts: ['image'] },
  { id: 'save-selection', title: 'Save quote as evidence', contexts: ['selection'] },
  { id: 'save-link', title: 'Save link as evidence', contexts: ['link'] },
  { id: 'use-as-order-number', title: 'Use as order number', contexts: ['selection'] },
  { id: 'use-as-order-date', title: 'Use as order date', contexts: ['selection'] },
  { id: 'use-as-amount', title: 'Use as amount paid', contexts: ['selection'] },
] as const;

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
