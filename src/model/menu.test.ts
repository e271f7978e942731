import { describe, expect, it } from 'vitest';
import { MENU_ITEMS, menuClickSchema, menuTitle } from './menu';

describe('context-menu items', () => {
  it.each(MENU_ITEMS)('$id has an English and a Russian title', (item) => {
    expect(menuTitle(item, 'en')).toBe(item.title);
    expect(menuTitle(item, 'ru')).toMatch(/^[А-ЯЁ][а-яё ]+$/);
  });

  it('have unique ids, and a click on each parses', () => {
    expect(new Set(MENU_ITEMS.map((m) => m.id)).size).toBe(MENU_ITEMS.length);
    for (const item of MENU_ITEMS) expect(menuClickSchema.safeParse({ menuItemId: item.id }).success).toBe(true);
  });
});
