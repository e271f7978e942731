// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../model/deadline';
import type { TrackedOrder } from '../../model/messages';
import { fakeOrder } from '../../../tests/support/builders';
import { createTranslator } from '../../i18n/translator';
import { I18nContext } from '../i18n/use-messages';
import { latinWords } from '../test-support/latin-words';

const messaging = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../platform/messaging', () => ({ sendMessage: messaging.send }));
const { TrackedOrders } = await import('./tracked-orders');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-11-24T10:00:00Z');
const HOUR = 60 * 60 * 1000;
const deadline = (id: string, label: string, hoursAhead: number): Deadline => ({
  id,
  kind: 'open-dispute',
  label,
  dueAt: new Date(NOW.getTime() + hoursAhead * HOUR).toISOString(),
  computedFrom: 'test',
  confidence: 'documented',
});

/** Three orders in the background's order: most urgent first, then the ones without a clock. */
const LIST: TrackedOrder[] = [
  { order: fakeOrder({ orderId: '111', items: [{ title: 'Phone case', quantity: 1 }] }), deadlines: [deadline('d1', 'Buyer protection ends', 5)] },
  {
    order: fakeOrder({ orderId: '222', marketplace: 'ebay', url: 'https://www.ebay.com/vod/222', items: [{ title: 'Lamp', quantity: 1 }, { title: 'Bulb', quantity: 2 }] }),
    deadlines: [deadline('d2', 'Dispute window closes', 4 * 24 + 6), deadline('d3', 'Escalate', 10 * 24)],
  },
  { order: fakeOrder({ orderId: '333', resolvedAt: '2026-11-20T10:00:00.000Z' }), deadlines: [] },
  { order: fakeOrder({ orderId: '444', tracked: false, items: [] }), deadlines: [] },
  { order: fakeOrder({ orderId: '555' }), deadlines: [deadline('gone', 'Passed already', -2)] },
];

/** Answers each message type from a table; 'order/set-state' is recorded by the mock itself. */
function answer(lists: { orders: TrackedOrder[]; total?: number; broken: number }[]) {
  let call = 0;
  messaging.send.mockImplementation((type: string, data: { orderKey?: string }) => {
    if (type === 'orders/list') return Promise.resolve(lists[Math.min(call++, lists.length - 1)]);
    if (type === 'order/set-state') return Promise.resolve({ orderKey: data.orderKey });
    return Promise.reject(new Error(`unexpected ${type}`));
  });
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(language: 'en' | 'ru' = 'en', firstShown?: number) {
  root = createRoot(container);
  const list = <TrackedOrders timeZone="UTC" now={() => NOW} firstShown={firstShown} />;
  await act(async () => root.render(language === 'en' ? list : <I18nContext.Provider value={createTranslator('ru', 'ru-RU')}>{list}</I18nContext.Provider>));
}

const rows = () => [...container.querySelectorAll<HTMLLIElement>('li.tracked-row')];
const button = (row: Element, text: string) => [...row.querySelectorAll('button')].find((b) => b.textContent === text);

describe('TrackedOrders', () => {
  it('shows every order in the order the background sent, with its next deadline in words, by word and colour', async () => {
    answer([{ orders: LIST, total: LIST.length, broken: 0 }]);
    await render();
    expect(messaging.send).toHaveBeenCalledWith('orders/list', {});
    expect(rows().map((r) => r.querySelector('h3')?.textContent)).toEqual(['Order 111', 'Order 222', 'Order 333', 'Order 444', 'Order 555']);
    const [urgent, later, resolved, untracked, passed] = rows() as [HTMLLIElement, HTMLLIElement, HTMLLIElement, HTMLLIElement, HTMLLIElement];

    expect(urgent.textContent).toContain('Phone case');
    expect(urgent.textContent).toContain('AliExpress');
    expect(urgent.querySelector('.tracked-status')?.textContent).toMatch(/^Urgent: Buyer protection ends in 5 hours · /);
    expect(urgent.className).toContain('urgency--critical');

    expect(later.textContent).toContain('eBay');
    expect(later.querySelector('.tracked-product')?.textContent).toBe('Lamp');
    expect(later.querySelector('.tracked-status')?.textContent).toMatch(/^On time: Dispute window closes in 4 days 6 hours · /);
    expect(later.className).toContain('urgency--later');

    expect(resolved.querySelector('.tracked-status')?.textContent).toBe('Resolved');
    expect(untracked.querySelector('.tracked-status')?.textContent).toBe('Not tracked');
    expect(untracked.querySelector('.tracked-product')?.textContent).toBe('Product not read');
    expect(passed.querySelector('.tracked-status')?.textContent).toBe('No open deadline');
    for (const row of [resolved, untracked, passed]) expect(row.className).not.toContain('urgency--');
  });

  it('in the popup shows the most urgent first and the rest on request, in the user\'s language', async () => {
    answer([{ orders: LIST.slice(0, 2), total: LIST.length, broken: 0 }, { orders: LIST, total: LIST.length, broken: 0 }]);
    await render('ru', 2);
    expect(messaging.send).toHaveBeenCalledWith('orders/list', { limit: 2 });
    expect(rows()).toHaveLength(2);
    const more = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Показать все 5 отслеживаемых заказов')!;
    await act(async () => more.click());
    expect(messaging.send).toHaveBeenLastCalledWith('orders/list', {});
    expect(rows()).toHaveLength(LIST.length);
    expect([...container.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Показать все'))).toBe(false);
  });

  it('labels each button and link with its order, and opens the order page in a new tab without an opener', async () => {
    answer([{ orders: LIST, total: LIST.length, broken: 0 }]);
    await render();
    const later = rows()[1]!;
    const resolve = button(later, 'Mark resolved')!;
    const names = resolve.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(names).toEqual(['Mark resolved', 'Order 222']);
    const link = later.querySelector('a')!;
    expect(link.textContent).toBe('Open order page');
    expect(link.getAttribute('href')).toBe('https://www.ebay.com/vod/222');
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ')).toContain('noopener');
    expect(document.getElementById(link.getAttribute('aria-describedby')!)?.textContent).toBe('(opens in a new tab)');
  });

  it('sends the right order/set-state for each button, then reloads the list', async () => {
    const resolvedNow = { order: { ...LIST[0]!.order, resolvedAt: '2026-11-24T10:00:00.000Z' }, deadlines: [] };
    answer([{ orders: LIST, broken: 0 }, { orders: [LIST[1]!, resolvedNow], broken: 0 }]);
    await render();
    await act(async () => button(rows()[0]!, 'Mark resolved')!.click());
    expect(messaging.send).toHaveBeenCalledWith('order/set-state', { orderKey: 'aliexpress:111', resolved: true });
    expect(messaging.send).toHaveBeenLastCalledWith('orders/list', {});
    expect(rows().map((r) => r.querySelector('h3')?.textContent)).toEqual(['Order 222', 'Order 111']);
    expect(button(rows()[1]!, 'Reopen')).toBeDefined();

    await act(async () => button(rows()[1]!, 'Reopen')!.click());
    expect(messaging.send).toHaveBeenCalledWith('order/set-state', { orderKey: 'aliexpress:111', resolved: false });
    await act(async () => button(rows()[0]!, 'Stop tracking')!.click());
    expect(messaging.send).toHaveBeenCalledWith('order/set-state', { orderKey: 'ebay:222', tracked: false });
  });

  it('offers "Track" and "Reopen" on orders the user set aside', async () => {
    answer([{ orders: LIST, total: LIST.length, broken: 0 }]);
    await render();
    await act(async () => button(rows()[3]!, 'Track')!.click());
    expect(messaging.send).toHaveBeenCalledWith('order/set-state', { orderKey: 'aliexpress:444', tracked: true });
    expect(button(rows()[2]!, 'Reopen')).toBeDefined();
  });

  it('says what went wrong when a change is refused, and keeps the list', async () => {
    messaging.send.mockImplementation((type: string) =>
      type === 'orders/list' ? Promise.resolve({ orders: LIST, broken: 0 }) : Promise.reject(new Error('No stored order aliexpress:111')),
    );
    await render();
    await act(async () => button(rows()[0]!, 'Mark resolved')!.click());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not change the order: No stored order aliexpress:111');
    expect(rows()).toHaveLength(5);
  });

  it('tells the user what to do when nothing is tracked yet, and counts unreadable records', async () => {
    answer([{ orders: [], broken: 2 }]);
    await render();
    expect(rows()).toHaveLength(0);
    expect(container.textContent).toContain('Open an order page of your marketplace and ClaimKit will track it here.');
    expect(container.textContent).toContain('Stored orders that could not be read (not shown): 2');
  });

  it('shows a load failure with a retry that loads again', async () => {
    messaging.send.mockRejectedValueOnce(new Error('background asleep')).mockResolvedValueOnce({ orders: [], broken: 0 });
    await render();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('background asleep');
    await act(async () => container.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('No orders yet.');
  });

  it('speaks Russian: urgency, time left with its plural forms, dates, states, buttons and hints', async () => {
    // The deadline labels are the core's words, given here as the core gives them in Russian.
    const russian = LIST.map(({ order, deadlines }) => ({ order, deadlines: deadlines.map((d) => ({ ...d, label: 'Защита покупателя заканчивается' })) }));
    answer([{ orders: russian, broken: 3 }]);
    await render('ru');
    const [urgent, later, resolved, untracked, passed] = rows() as [HTMLLIElement, HTMLLIElement, HTMLLIElement, HTMLLIElement, HTMLLIElement];
    expect(urgent.querySelector('h3')?.textContent).toBe('Заказ 111');
    expect(urgent.querySelector('.tracked-status')?.textContent).toBe('Срочно: Защита покупателя заканчивается через 5 часов · 24 нояб. 2026 г., 15:00');
    expect(later.querySelector('.tracked-status')?.textContent).toMatch(/^Есть время: Защита покупателя заканчивается через 4 дня 6 часов · 28 нояб\. 2026 г\./);
    expect(resolved.querySelector('.tracked-status')?.textContent).toBe('Решено');
    expect(untracked.querySelector('.tracked-status')?.textContent).toBe('Не отслеживается');
    expect(untracked.querySelector('.tracked-product')?.textContent).toBe('Товар не прочитан');
    expect(passed.querySelector('.tracked-status')?.textContent).toBe('Нет открытых сроков');
    expect(button(later, 'Отметить решённым')).toBeDefined();
    expect(button(resolved, 'Открыть снова')).toBeDefined();
    expect(button(untracked, 'Отслеживать')).toBeDefined();
    expect(later.textContent).toContain('eBay');
    expect(container.textContent).toContain('Сохранённые заказы, которые не удалось прочитать (не показаны): 3');
    // The product titles are the orders' own (fakeOrder's default among them).
    expect(latinWords(container, { allow: russian.flatMap(({ order }) => order.items.map((i) => i.title)) })).toEqual([]);
  });
});
