import { manualToReading } from '../core/order/manual-order';
import { samePlan } from '../core/deadlines/same-plan';
import { mergeReading } from '../core/order/merge-reading';
import type { BadgeState } from '../model/badge';
import type { Deadline } from '../model/deadline';
import type { MarketplaceId } from '../model/marketplace';
import type { ManualOrder, PageReading, TabState, TrackedOrder } from '../model/messages';
import type { Money } from '../model/money';
import type { Order, OrderReading } from '../model/order';
import type { UiLanguage } from '../i18n/ui-language';
import type { ClaimKitDatabase } from '../platform/db/open';
import { getOrder, listOrders, putOrder } from '../platform/db/orders';
import { currentUserLanguage } from './user-language';
import { UserError } from '../i18n/user-error';

export interface OrderServiceDeps {
  db: ClaimKitDatabase;
  now: () => Date;
  /** Labels and computedFrom in `language`: the popup and the tracked list show them as they come. */
  deadlinesFor: (order: Order, now: Date, options: { language: UiLanguage }) => Deadline[];
  badgeFor: (order: Order, deadlines: Deadline[], now: Date, options: { language: UiLanguage }) => BadgeState;
  /** The browser's UI language (browser.i18n.getUILanguage()); with settings.uiLanguage it decides the deadlines' language. */
  browserLanguage: () => string;
  setBadge: (tabId: number, badge: BadgeState | null) => Promise<void>;
  /** Asks the tab's content script for its reading; null when none answers (not an order page). */
  askTab: (tabId: number) => Promise<PageReading | null>;
  marketplaceForUrl: (url: string) => MarketplaceId;
  /** Called after an order is stored or changed (reminders reschedule from here). */
  onOrderChanged?: (order: Order) => Promise<void>;
}

/** Orders: store what pages show, keep the user's own entries, answer the popup. */
export function createOrderService(deps: OrderServiceDeps) {
  /** The language the pages speak (settings, else the browser's), read afresh so a change in options shows at once. */
  async function language(): Promise<{ language: UiLanguage }> {
    return { language: (await currentUserLanguage(deps.db, deps.browserLanguage)).language };
  }

  async function store(reading: OrderReading & { orderId: string }): Promise<Order> {
    const now = deps.now();
    const key = `${reading.marketplace}:${reading.orderId}`;
    const before = await getOrder(deps.db, key);
    const order = mergeReading(before, reading, now);
    await putOrder(deps.db, order);
    // Re-planning reads every stored order: only when this one's reminders would change. The
    // popup and every page load re-read an order; most of the time nothing moved.
    if (!before || !sameReminders(before, order, now)) await deps.onOrderChanged?.(order);
    return order;
  }

  function sameReminders(before: Order, after: Order, now: Date): boolean {
    if (before.tracked !== after.tracked || before.resolvedAt !== after.resolvedAt) return false;
    const plan = (order: Order) => deps.deadlinesFor(order, now, { language: 'en' });
    return samePlan(plan(before), plan(after));
  }

  async function recordReading(reading: PageReading, tabId?: number): Promise<Order[]> {
    const readings = [reading.order, ...(reading.orders ?? [])].filter(hasOrderId);
    const stored: Order[] = [];
    for (const r of readings) stored.push(await store(r));
    if (tabId !== undefined) {
      const shown = reading.pageKind === 'order-detail' ? stored[0] : undefined;
      const lang = await language();
      await deps.setBadge(tabId, shown ? deps.badgeFor(shown, deps.deadlinesFor(shown, deps.now(), lang), deps.now(), lang) : null);
    }
    return stored;
  }

  async function getTabState(tabId: number, known?: PageReading): Promise<TabState> {
    const reading = known ?? (await deps.askTab(tabId));
    if (!reading) return { pageKind: 'unsupported', order: null, orders: [], deadlines: [], reading: null };
    const stored = await recordReading(reading, tabId);
    const order = reading.pageKind === 'order-detail' ? (stored[0] ?? null) : null;
    return {
      pageKind: reading.pageKind,
      order,
      orders: reading.pageKind === 'order-list' ? stored : [],
      deadlines: order ? deps.deadlinesFor(order, deps.now(), await language()) : [],
      reading: reading.order ?? null,
    };
  }

  async function saveManual(input: ManualOrder): Promise<Order> {
    return store(manualToReading(input, deps.marketplaceForUrl(input.url), deps.now()));
  }

  /**
   * Every stored order with its deadlines: the soonest open deadline first, then the rest; only the
   * first `limit` when given (the popup's glance: 1,000 orders are 1.6 MB to send, check and draw).
   */
  async function listTracked(limit?: number): Promise<{ orders: TrackedOrder[]; total: number; broken: number }> {
    const now = deps.now();
    const { orders, broken } = await listOrders(deps.db);
    const lang = await language();
    const rows = orders.map((order) => ({ order, deadlines: deps.deadlinesFor(order, now, lang) }));
    const soonest = (row: TrackedOrder) => {
      const open = row.deadlines.map((d) => Date.parse(d.dueAt)).filter((t) => t >= now.getTime());
      return open.length ? Math.min(...open) : Number.POSITIVE_INFINITY;
    };
    rows.sort((a, b) => soonest(a) - soonest(b) || b.order.updatedAt.localeCompare(a.order.updatedAt));
    return { orders: limit === undefined ? rows : rows.slice(0, limit), total: rows.length, broken: broken.length };
  }

  /** The user's own choices about a case; a reading never changes them. */
  async function setState(orderKey: string, change: { tracked?: boolean; resolved?: boolean }): Promise<Order> {
    const order = await getOrder(deps.db, orderKey);
    if (!order) throw new UserError('noStoredOrder', { orderKey });
    const now = deps.now().toISOString();
    const updated: Order = {
      ...order,
      tracked: change.tracked ?? order.tracked,
      resolvedAt: change.resolved === undefined ? order.resolvedAt : change.resolved ? now : undefined,
      updatedAt: now,
    };
    await putOrder(deps.db, updated);
    await deps.onOrderChanged?.(updated);
    return updated;
  }

  /** The order a tab shows: what its content script read, else a stored order saved for that URL. */
  async function orderKeyForTab(tabId: number, url: string | undefined): Promise<string | null> {
    const reading = await deps.askTab(tabId);
    const id = reading?.order?.orderId;
    if (reading?.order && id) return `${reading.order.marketplace}:${id}`;
    if (!url) return null;
    const { orders } = await listOrders(deps.db);
    return orders.find((o) => o.url === url)?.key ?? null;
  }

  /**
   * A fact the user selected on the page and named ("Use as order number / date / amount"). The
   * order number makes (or finds) the order; a date or amount needs the order to exist first.
   */
  async function applySelection(tabId: number, url: string, fact: { orderId?: string; orderDate?: string; total?: Money }): Promise<Order> {
    if (fact.orderId) {
      return store(manualToReading({ orderId: fact.orderId, url }, deps.marketplaceForUrl(url), deps.now()));
    }
    const key = await orderKeyForTab(tabId, url);
    const order = key ? await getOrder(deps.db, key) : null;
    if (!order) throw new UserError('pageOrderUnknown');
    const reading = {
      ...order,
      dates: fact.orderDate ? { ...order.dates, ordered: fact.orderDate } : order.dates,
      total: fact.total ?? order.total,
      readAt: deps.now().toISOString(),
    };
    return store(reading);
  }

  return { recordReading, getTabState, saveManual, listTracked, setState, orderKeyForTab, applySelection };
}

export type OrderService = ReturnType<typeof createOrderService>;

function hasOrderId(reading: OrderReading | undefined): reading is OrderReading & { orderId: string } {
  return Boolean(reading?.orderId);
}
