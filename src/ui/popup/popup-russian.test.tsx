// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { createTranslator } from '../../i18n/translator';
import type { Deadline } from '../../model/deadline';
import type { TabState } from '../../model/messages';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { I18nContext } from '../i18n/use-messages';
import { latinWords } from '../test-support/latin-words';

const messaging = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../platform/messaging', () => ({ sendMessage: messaging.send }));
vi.mock('../../platform/tabs', () => ({ openOwnPage: vi.fn() }));
vi.mock('../../platform/permissions', () => ({
  hasNotificationPermission: () => Promise.resolve(false),
  requestNotificationPermission: () => Promise.resolve(false),
  requestImageHosts: () => Promise.resolve(true),
}));
const { PopupApp } = await import('./popup-app');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Issue 9: the popup in Russian says nothing in English. Allowed Latin: the order's own data from the
// page (the product title, the seller, the page's status), names and currency codes (latinWords).
// Not checked here: the core's words (the advice sentence, src/core/deadlines/next-step.ts, and the
// limit's source, src/core/complaint/channel-limits.ts) and the complaint text itself (written by
// src/core/complaint in the complaint's language): their translation is the core's.
const CORE_TEXT = '.advice, .complaint-limit p, [data-testid="complaint-text"]';
const RU = createTranslator('ru', 'ru-RU');
const NOW = Date.now();
const HOUR = 60 * 60 * 1000;
const MB = 1024 * 1024;

const ORDER = fakeOrder({
  items: [{ title: 'USB-C cable 2 m', variant: 'Black', quantity: 2, unitPrice: { minor: 499, currency: 'USD' } }],
  seller: { name: 'Example Store' },
  status: { text: 'Awaiting delivery', kind: 'shipped' },
  tracking: [{ number: 'LP00123456789CN' }],
  missing: ['tracking', 'protection'],
});
const PAGE_DATA = ['USB-C cable 2 m', 'Black', 'Example Store', 'Awaiting delivery', 'LP00123456789CN', ORDER.orderId];

/** Deadlines as the background gives them; their labels are the core's (Russian once it speaks Russian). */
const deadline = (id: string, hoursAhead: number, confidence: Deadline['confidence']): Deadline => ({
  id,
  kind: 'open-dispute',
  label: 'Открыть спор на AliExpress',
  dueAt: new Date(NOW + hoursAhead * HOUR).toISOString(),
  computedFrom: 'через 15 дней после отправки',
  confidence,
});
// Half an hour over each whole hour: the popup's clock runs on a little after NOW.
const DEADLINES = [deadline('d0', -30, 'page'), deadline('d1', 5.5, 'documented'), deadline('d2', 2 * 24 + 3.5, 'reported'), deadline('d3', 21 * 24 + 0.5, 'unsure')];
const EVIDENCE = [
  fakeEvidence({ id: 'e1', orderKey: ORDER.key, kind: 'screenshot-visible', size: 4 }),
  fakeEvidence({ id: 'e2', orderKey: ORDER.key, kind: 'page-snapshot', size: 3.5 * MB, width: undefined, height: undefined }),
];
const ORDER_PAGE: TabState = { pageKind: 'order-detail', order: ORDER, orders: [], deadlines: DEADLINES, reading: null };
const OTHER_PAGE: TabState = { pageKind: 'unsupported', order: null, orders: [], deadlines: [], reading: null };

const DRAFT = { orderKey: ORDER.key, reason: 'not-received', outcome: 'full-refund', facts: '', channel: 'platform-dispute', language: 'ru', text: 'Текст претензии', updatedAt: new Date(NOW).toISOString() } as const;

function answer(state: TabState) {
  messaging.send.mockImplementation((type: string) => {
    switch (type) {
      case 'tab/get-state':
        return Promise.resolve(state);
      case 'tab/read-generic':
        return Promise.resolve(OTHER_PAGE);
      case 'evidence/list':
        return Promise.resolve({ evidence: EVIDENCE, broken: 0 });
      case 'evidence/capture':
        return Promise.resolve({ evidence: fakeEvidence({ id: 'e3', orderKey: ORDER.key, kind: 'screenshot-full-stitched', width: 1280, height: 5400 }) });
      case 'draft/get':
        return Promise.resolve(DRAFT);
      case 'drafts/list':
        return Promise.resolve({ drafts: [{ orderId: ORDER.orderId, draft: DRAFT }] });
      case 'settings/get':
        return Promise.resolve({ ...DEFAULT_SETTINGS, complaintLanguage: 'ru' });
      case 'orders/list':
        return Promise.resolve({ orders: [{ order: ORDER, deadlines: DEADLINES }], broken: 1 });
      case 'reminder/snooze':
        return Promise.resolve({ at: new Date(NOW + 24 * HOUR).toISOString() });
      default:
        return Promise.reject(new Error(`unexpected ${type}`));
    }
  });
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  // Storage nearly full, so the low-space warning shows too.
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: () => Promise.resolve({ usage: 990 * MB, quota: 1000 * MB }) } });
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(node: ReactNode) {
  root = createRoot(container);
  await act(async () => root.render(<I18nContext.Provider value={RU}>{node}</I18nContext.Provider>));
}
/** Lets React render until `ready` holds (the complaint builder is loaded lazily), for at most 2 s. */
async function until(ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  if (!ready()) throw new Error('the popup did not finish rendering');
}
const button = (text: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
};

describe('the popup in Russian', () => {
  it('on an order page: the order, its deadlines, the evidence and the complaint builder say nothing in English', async () => {
    answer(ORDER_PAGE);
    await render(<PopupApp tabId={7} pageUrl="https://www.aliexpress.com/p/order/detail.html" timeZone="Europe/Moscow" />);
    await until(() => container.querySelector('.complaint') !== null);
    await act(async () => button('Снимок всей страницы').click());
    await act(async () => button('Напомнить завтра').click());

    const text = container.textContent;
    expect(container.querySelector('[data-testid="next-deadline"] h2')?.textContent).toBe('Срочно: Открыть спор на AliExpress через 5 часов');
    expect(text).toContain('(через 2 дня 3 часа)');
    expect(text).toContain('(через 21 день)');
    expect(text).toContain('(срок прошёл)');
    expect(text).toContain('Все сроки (4)');
    expect(text).toContain('правило по опыту покупателей');
    expect(text).toContain('Доказательства (2)');
    expect(text).toContain('1 КБ');
    expect(text).toContain('3,5 МБ');
    expect(text).toContain('Сохранено: Снимок экрана (вся страница, пиксель в пиксель), 1280×5400 пикс.');
    expect(text).toMatch(/Место почти закончилось: после добавления 5 МБ останется около 5 МБ из 1\s000 МБ\./);
    expect(text).toContain('ClaimKit напомнит ещё раз:');
    expect(text).toContain('Не найдено на странице: трек-номер, срок защиты покупателя.');
    expect(text).toContain('Напоминания выключены');
    expect(text).toMatch(/В претензии указаны 2 доказательства/);
    expect(container.querySelector('nav')?.getAttribute('aria-label')).toBe('Страницы ClaimKit');
    expect(latinWords(container, { allow: PAGE_DATA, ignore: CORE_TEXT })).toEqual([]);
  });

  it('says urgency in a word on every deadline, not by colour alone', async () => {
    answer(ORDER_PAGE);
    await render(<PopupApp tabId={7} pageUrl="https://www.aliexpress.com/p/order/detail.html" timeZone="Europe/Moscow" />);
    const words = [...container.querySelectorAll('.ladder li')].map((li) => li.querySelector('.urgency-word')?.textContent);
    expect(words).toEqual(['Пропущено:', 'Срочно:', 'Скоро:', 'Есть время:']);
  });

  it('elsewhere: reading the page, pasting a draft, adding an order by hand and the tracked orders say nothing in English', async () => {
    answer(OTHER_PAGE);
    await render(<PopupApp tabId={7} pageUrl="https://shop.example/orders/1" timeZone="Europe/Moscow" />);
    await act(async () => button('Прочитать эту страницу').click());
    const form = container.querySelector('form')!;
    form.querySelector<HTMLInputElement>('input[name="orderId"]')!.value = '123';
    form.querySelector<HTMLInputElement>('input[name="total"]')!.value = 'двенадцать';
    await act(async () => form.requestSubmit());

    const text = container.textContent;
    expect(text).toContain('выберите «Использовать как номер заказа»');
    expect(text).toContain(`Заказ ${ORDER.orderId} (15 символов)`);
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Введите сумму в виде 12,34');
    expect(form.querySelector<HTMLInputElement>('input[name="total"]')?.placeholder).toBe('12,34');
    expect(container.querySelector('.tracked-status')?.textContent).toMatch(/^Срочно: Открыть спор на AliExpress через 5 часов · /);
    expect(latinWords(container, { allow: PAGE_DATA })).toEqual([]);
  });
});
