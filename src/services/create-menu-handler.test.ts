import { describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../tests/support/builders';
import type { UiLanguage } from '../i18n/ui-language';
import type { CaptureTab, EvidenceService } from './create-evidence-service';
import { createMenuHandler } from './create-menu-handler';
import type { OrderService } from './create-order-service';

const tab: CaptureTab = { id: 3, windowId: 1, url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181', title: 'Order', active: true };

/** The handler with the two services it uses stubbed: only the sentences are under test here. */
function handler(language: UiLanguage, orderKey: string | null = 'aliexpress:8181') {
  const evidence = { captureVisible: vi.fn(async () => fakeEvidence({ orderKey: orderKey ?? undefined })), store: vi.fn(async () => fakeEvidence()) };
  const orders = {
    orderKeyForTab: vi.fn(async () => orderKey),
    applySelection: vi.fn(async (_t: number, _u: string, fact: { orderId?: string }) => fakeOrder({ orderId: fact.orderId ?? '8181' })),
  };
  return createMenuHandler({
    evidence: evidence as unknown as EvidenceService,
    orders: orders as unknown as OrderService,
    fetchImage: async () => null,
    imageSize: async () => null,
    language: async () => language,
  });
}

describe('menu handler sentences', () => {
  it('answers in English', async () => {
    expect(await handler('en')({ menuItemId: 'save-page' }, tab)).toBe('Page saved as evidence for order 8181.');
    expect(await handler('en')({ menuItemId: 'use-as-order-number', selectionText: '8181' }, tab)).toBe('Order 8181 saved. Its proof and deadlines are kept in ClaimKit.');
  });

  it('answers in Russian, and says in Russian what to do when it cannot', async () => {
    expect(await handler('ru')({ menuItemId: 'save-page' }, tab)).toBe('Страница сохранена как доказательство для заказа 8181.');
    expect(await handler('ru', null)({ menuItemId: 'save-page' }, tab)).toBe(
      'Страница сохранена как доказательство (пока не привязано к заказу: укажите заказ в хранилище доказательств).',
    );
    expect(await handler('ru')({ menuItemId: 'save-image', srcUrl: 'https://x/a.jpg' }, tab)).toBe(
      'Изображение не удалось скачать, поэтому сохранён снимок страницы с ним для заказа 8181.',
    );
    expect(await handler('ru')({ menuItemId: 'use-as-order-date', selectionText: '21 февраля 2026' }, tab)).toBe('Дата заказа 8181 установлена: 2026-02-21.');
    await expect(handler('ru')({ menuItemId: 'save-selection', selectionText: ' ' }, tab)).rejects.toThrow('Сначала выделите текст для цитаты.');
    await expect(handler('ru')({ menuItemId: 'use-as-amount', selectionText: 'много' }, tab)).rejects.toThrow('«много» — не сумма с валютой.');
  });
});
