import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeReading } from '../../tests/support/builders';
import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';
import { openClaimKitDb } from '../platform/db/open';
import { getOrder } from '../platform/db/orders';
import { createOrderService } from './create-order-service';
import { badgeFor, deadlinesFor } from './deadlines-for-order';
import { putMeta } from '../platform/db/meta';
import { DEFAULT_SETTINGS } from '../model/settings';

const now = new Date('2026-11-24T10:00:00Z');
const due = (orderId: string): Deadline[] =>
  orderId === '1' ? [] : [{ id: 'd', kind: 'protection-end', label: 'Protection ends', dueAt: orderId === '2' ? '2026-12-20T00:00:00Z' : '2026-11-30T00:00:00Z', computedFrom: 'page', confidence: 'page' }];

async function setup(askTab: (tabId: number) => Promise<ReturnType<typeof fakeReading> | null> = async () => null) {
  const db = await openClaimKitDb();
  const setBadge = vi.fn(async () => undefined);
  const onOrderChanged = vi.fn(async (_o: Order) => undefined);
  const service = createOrderService({
    db,
    now: () => now,
    // Order '4' is due 30 days after its order date, so a reading with another date moves it.
    deadlinesFor: (order) => (order.resolvedAt ? [] : order.orderId === '4' ? [{ ...due('4')[0]!, dueAt: `${order.dates.ordered}T00:00:00Z` }] : due(order.orderId)),
    badgeFor: (order, deadlines) => ({ text: String(deadlines.length), urgency: 'later', title: order.orderId }),
    setBadge,
    askTab: async (tabId) => {
      const reading = await askTab(tabId);
      return reading ? { pageKind: 'order-detail', order: reading } : null;
    },
    marketplaceForUrl: () => 'generic',
    browserLanguage: () => 'en-GB',
    onOrderChanged,
  });
  return { db, service, setBadge, onOrderChanged };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('order service', () => {
  it('stores a page reading, badges the tab and tells the reminders', async () => {
    const { db, service, setBadge, onOrderChanged } = await setup();
    await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: '3' }) }, 9);
    expect(await getOrder(db, 'aliexpress:3')).toMatchObject({ orderId: '3', tracked: true });
    expect(setBadge).toHaveBeenCalledWith(9, { text: '1', urgency: 'later', title: '3' });
    expect(onOrderChanged).toHaveBeenCalledOnce();
  });

  it('re-plans reminders only when a reading moves a deadline (re-reading an unchanged page costs no re-plan)', async () => {
    const { service, onOrderChanged } = await setup();
    await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: '4', dates: { ordered: '2026-11-02' } }) });
    await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: '4', dates: { ordered: '2026-11-02' }, readAt: '2026-11-24T10:05:00.000Z', status: { text: 'Delivered', kind: 'delivered' } }) });
    expect(onOrderChanged).toHaveBeenCalledOnce();
    await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: '4', dates: { ordered: '2026-11-03' } }) });
    expect(onOrderChanged).toHaveBeenCalledTimes(2);
  });

  it('ignores readings without an order number and clears the badge', async () => {
    const { service, setBadge } = await setup();
    expect(await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: undefined }) }, 9)).toEqual([]);
    expect(setBadge).toHaveBeenCalledWith(9, null);
  });

  it('answers the popup: unsupported when no content script replies', async () => {
    const { service } = await setup();
    expect(await service.getTabState(4)).toMatchObject({ pageKind: 'unsupported', order: null });
  });

  it('lists orders most urgent first and stops deadlines for a resolved case', async () => {
    const { service } = await setup();
    for (const id of ['1', '2', '3']) await service.recordReading({ pageKind: 'order-detail', order: fakeReading({ orderId: id }) });
    expect((await service.listTracked()).orders.map((r) => r.order.orderId)).toEqual(['3', '2', '1']);
    // The popup's glance: the most urgent first, and how many there are in all.
    expect(await service.listTracked(2)).toMatchObject({ orders: [{ order: { orderId: '3' } }, { order: { orderId: '2' } }], total: 3 });
    await service.setState('aliexpress:3', { resolved: true });
    const rows = (await service.listTracked()).orders;
    expect(rows.map((r) => r.order.orderId)).toEqual(['2', '3', '1']);
    expect(rows.find((r) => r.order.orderId === '3')).toMatchObject({ deadlines: [], order: { resolvedAt: now.toISOString() } });
    await service.setState('aliexpress:3', { resolved: false, tracked: false });
    expect((await service.listTracked()).orders.find((r) => r.order.orderId === '3')?.order).toMatchObject({ tracked: false, resolvedAt: undefined });
  });

  it('gives the popup, the tracked list and the tooltip in the user’s language, read afresh from settings', async () => {
    const db = await openClaimKitDb();
    const setBadge = vi.fn(async () => undefined);
    let browserLanguage = 'ru-RU';
    const service = createOrderService({
      db,
      now: () => now,
      deadlinesFor: (order, at, options) => deadlinesFor(order, at, { ...options, timeZone: 'Europe/Moscow' }),
      badgeFor: (order, deadlines, at, options) => badgeFor(order, deadlines, at, { ...options, timeZone: 'Europe/Moscow' }),
      browserLanguage: () => browserLanguage,
      setBadge,
      askTab: async () => ({ pageKind: 'order-detail', order: fakeReading({ orderId: '7', status: { text: 'Shipped', kind: 'shipped' }, dates: { shipped: '2026-11-10' } }) }),
      marketplaceForUrl: () => 'generic',
    });
    const state = await service.getTabState(9);
    expect(state.deadlines[0]).toMatchObject({ id: 'aliexpress-protection-estimate', label: 'Конец защиты покупателя (оценка)', computedFrom: '60 дней после даты отправки 2026-11-10' });
    expect(setBadge).toHaveBeenLastCalledWith(9, expect.objectContaining({ title: 'ClaimKit: заказ 7: Конец защиты покупателя (оценка), срок через 46 дней' }));
    await putMeta(db, 'settings', { ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    expect((await service.listTracked()).orders[0]?.deadlines[0]?.label).toBe('Buyer protection ends (estimate)');
    browserLanguage = 'en-US';
    await putMeta(db, 'settings', DEFAULT_SETTINGS);
    expect((await service.getTabState(9)).deadlines[0]?.computedFrom).toBe('60 days after the shipping date 2026-11-10');
  });

  it('says which order it cannot find', async () => {
    const { service } = await setup();
    await expect(service.setState('aliexpress:404', { tracked: false })).rejects.toThrow('No stored order aliexpress:404');
  });
});
