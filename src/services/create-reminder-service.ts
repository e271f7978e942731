import { missedText, reminderButtons, reminderText } from '../core/reminders/notification-text';
import { diffAlarms, passedBetween, planReminders, type ExistingAlarm } from '../core/reminders/plan-reminders';
import { isReminderName, parseReminderName, reminderName, type ReminderRef } from '../core/reminders/reminder-name';
import type { Deadline } from '../model/deadline';
import type { ReminderNotification } from '../model/notification';
import type { Order } from '../model/order';
import { getMeta, getSettings, putMeta } from '../platform/db/meta';
import type { ClaimKitDatabase } from '../platform/db/open';
import { getOrder, listOrders } from '../platform/db/orders';
import { userLanguage } from './user-language';

export interface ReminderServiceDeps {
  db: ClaimKitDatabase;
  now: () => Date;
  timeZone: () => string;
  /** The browser's UI language (browser.i18n.getUILanguage()); with settings.uiLanguage it decides the notifications' language. */
  browserLanguage: () => string;
  deadlinesFor: (order: Order, now: Date) => Deadline[];
  alarms: {
    getAll(): Promise<ExistingAlarm[]>;
    create(name: string, when: number): Promise<void>;
    clear(name: string): Promise<void>;
  };
  /** Shows a notification; false when the user has not allowed notifications. */
  notify: (notification: ReminderNotification) => Promise<boolean>;
}

/** An alarm this late fired because the browser was closed: the missed-deadline summary covers it. */
const LATE_MS = 30 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Reminders before every deadline of every tracked order. All state lives in IndexedDB and the
 * alarm names, so a browser or service-worker restart loses none: `reschedule` rebuilds the alarms
 * from the stored orders, and `checkMissed` reports what passed meanwhile, once.
 */
/** Reminder alarms held at once: under Chrome's 500 per extension, with room for the check alarm and snoozes. */
export const MAX_REMINDER_ALARMS = 400;

export function createReminderService(deps: ReminderServiceDeps) {
  async function trackedOrders(now: Date) {
    const { orders } = await listOrders(deps.db);
    const settings = await getSettings(deps.db);
    return orders
      .filter((o) => o.tracked && !o.resolvedAt && !settings.disabledMarketplaces.includes(o.marketplace))
      .map((order) => ({ order, orderKey: order.key, deadlines: deps.deadlinesFor(order, now) }));
  }

  async function reschedule(): Promise<void> {
    const now = deps.now();
    const settings = await getSettings(deps.db);
    const orders = settings.remindersEnabled ? await trackedOrders(now) : [];
    const shown = new Set(await getMeta(deps.db, 'remindersShown'));
    const planned = planReminders({
      orders,
      leadTimesMinutes: settings.reminderLeadTimesMinutes,
      quietHours: settings.quietHours,
      now,
      timeZone: deps.timeZone(),
      shown,
    });
    const existing = await deps.alarms.getAll();
    // Chrome refuses a 501st active alarm (and then every reading that re-plans would fail): only
    // the soonest reminders get an alarm now; the hourly re-plan adds the later ones as these fire.
    const { create, clear } = diffAlarms(planned.slice(0, MAX_REMINDER_ALARMS), existing, isReminderName);
    for (const name of clear) await deps.alarms.clear(name);
    for (const reminder of create) await deps.alarms.create(reminder.name, reminder.when);
    // Forget shown reminders whose deadline no longer exists, so the list cannot grow forever.
    const live = new Set(orders.flatMap((o) => o.deadlines.map((d) => `${o.orderKey}|${d.id}`)));
    const kept = [...shown].filter((name) => {
      const ref = parseReminderName(name);
      return ref && live.has(`${ref.orderKey}|${ref.deadlineId}`);
    });
    await putMeta(deps.db, 'remindersShown', kept);
  }

  async function onAlarm(alarm: ExistingAlarm): Promise<void> {
    const ref = parseReminderName(alarm.name);
    if (!ref) return;
    const now = deps.now();
    if (now.getTime() - alarm.scheduledTime > LATE_MS) return;
    const order = await getOrder(deps.db, ref.orderKey);
    const settings = await getSettings(deps.db);
    if (!order || !order.tracked || order.resolvedAt || !settings.remindersEnabled) return;
    const deadline = deps.deadlinesFor(order, now).find((d) => d.id === ref.deadlineId);
    if (!deadline || Date.parse(deadline.dueAt) <= now.getTime()) return;
    const { language, locale } = userLanguage(settings, deps.browserLanguage());
    const text = reminderText(order, deadline, now, deps.timeZone(), locale, language);
    await deps.notify({ id: alarm.name, ...text, orderKey: order.key, actions: true, buttonTitles: reminderButtons(language) });
    const shown = (await getMeta(deps.db, 'remindersShown')) ?? [];
    await putMeta(deps.db, 'remindersShown', [...new Set([...shown, alarm.name])]);
  }

  async function checkMissed(): Promise<number> {
    const now = deps.now();
    const since = await getMeta(deps.db, 'remindersCheckedAt');
    await putMeta(deps.db, 'remindersCheckedAt', now.toISOString());
    if (!since) return 0; // first run: nothing can have been missed yet
    const settings = await getSettings(deps.db);
    if (!settings.remindersEnabled) return 0;
    const missed = passedBetween(await trackedOrders(now), new Date(since), now).map((m) => ({ order: m.order.order, deadline: m.deadline }));
    if (missed.length === 0) return 0;
    const { language, locale } = userLanguage(settings, deps.browserLanguage());
    const text = missedText(missed, locale, deps.timeZone(), language);
    const only = missed.length === 1 ? missed[0]!.order.key : undefined;
    await deps.notify({ id: `ck-missed/${now.getTime()}`, ...text, orderKey: only, actions: false });
    return missed.length;
  }

  /** Shows this reminder again in `days` (a notification's "Snooze 1 day" button). */
  async function snooze(notificationId: string, days = 1): Promise<boolean> {
    const ref: ReminderRef | null = parseReminderName(notificationId);
    if (!ref) return false;
    await snoozeDeadline(ref.orderKey, ref.deadlineId, days);
    return true;
  }

  /** "Remind me tomorrow" for one deadline, from the popup (where notifications have no buttons). */
  async function snoozeDeadline(orderKey: string, deadlineId: string, days = 1): Promise<Date> {
    const at = new Date(deps.now().getTime() + days * DAY_MS);
    await deps.alarms.create(reminderName({ orderKey, deadlineId, leadMinutes: 0 }, true), at.getTime());
    return at;
  }

  // One re-plan at a time (two at once could clear each other's new alarms); calls made while one
  // runs share a single re-plan after it, which reads the store afresh.
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  function rescheduleOnce(): Promise<void> {
    if (!running) {
      running = reschedule().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => {})
      .then(() => {
        queued = null;
        return rescheduleOnce();
      });
    return queued;
  }

  return { reschedule: rescheduleOnce, onAlarm, checkMissed, snooze, snoozeDeadline };
}

export type ReminderService = ReturnType<typeof createReminderService>;
