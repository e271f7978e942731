import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createContextMenus } from './context-menus';

// fakeBrowser does not implement contextMenus (CONVENTIONS.md §9): the two calls are stubbed here and
// the real menus are exercised in tests/e2e/menus.e2e.ts.
let removeAll: MockInstance;
let create: MockInstance;

/** The menus as they stand: everything created since the last removeAll. */
function menus(): { id?: string | number; title?: string; contexts?: string[] }[] {
  const cleared = Math.max(0, ...removeAll.mock.invocationCallOrder);
  return create.mock.calls.filter((_, i) => create.mock.invocationCallOrder[i]! > cleared).map(([properties]) => properties as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  removeAll = vi.spyOn(browser.contextMenus, 'removeAll').mockReturnValue(undefined);
  create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue('');
});

describe('createContextMenus', () => {
  it('makes every item in English by default', async () => {
    await createContextMenus();
    expect(menus().map((c) => c.title)).toContain('Save this page as evidence');
    expect(menus()).toHaveLength(7);
  });

  it('makes them again in Russian, replacing the English ones', async () => {
    await createContextMenus('en');
    await createContextMenus('ru');
    expect(menus()).toHaveLength(7);
    expect(menus().find((c) => c.id === 'save-page')).toEqual({ id: 'save-page', title: 'Сохранить страницу как доказательство', contexts: ['page'] });
    expect(menus().find((c) => c.id === 'use-as-amount')?.title).toBe('Использовать как сумму оплаты');
  });
});
