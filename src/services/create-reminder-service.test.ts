import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeOrder } from '../../tests/support/builders';
import { openClaimKitDb, type ClaimKitDatabase } from '../platform/db/open';
import { getOrder, putOrder } from '../platform/db/orders';
import { putMeta } from '../platform/db/meta';
import { DEFAULT_SETTINGS } from '../model/settings';
import { alarms } from '../platform/alarms';
import { showNotification } from '../platform/notifications';
import { deadlinesFor } from './deadlines-for-order';
import { createReminderService, MAX_REMINDER_ALARMS } from './create-reminder-service';

// Reminder scheduling under fakeBrowser (real in-memory alarms and notifications), fake-indexeddb
// and a fake clock passed in: no sleeping, no global clock mocking.
const TZ = 'Europe/Berlin';
let db: ClaimKitDatabase;
let clock: Date;
let browserLanguage: string;

function service() {
  return createReminderService({
    db,
    now: () => clock,
    timeZone: () => TZ,
    browserLanguage: () => browserLanguage,
    deadlinesFor: (order, now) => deadlinesFor(order, now, { timeZone: TZ }),
    alarms,
    notify: showNotification,
  });
}

/** An AliExpress order whose page showed buyer protection ending 10 Dec 2026, 18:00 Berlin. */
const order = () =>
  fakeOrder({
    status: { text: 'Awaiting delivery', kind: 'shipped' },
    dates: { ordered: '2026-11-02', shipped: '2026-11-04' },
    protection: { text: 'Buyer protection: 16 days 07:00:00', readAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z' },
  });

const reminderAlarms = async () => (await browser.alarms.getAll()).filter((a) => a.name.startsWith('ck-remind/')).sort((a, b) => a.scheduledTime - b.scheduledTime);
const notificationIds = async () => Object.keys(await browser.notifications.getAll());

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  db = await openClaimKitDb();
  clock = new Date('2026-11-24T10:00:00Z');
  browserLanguage = 'en-GB';
});

describe('reminder service', () => {
  it('keeps under Chrome\'s 500-alarm limit with many tracked orders: the soonest reminders first, the rest on a later re-plan', async () => {
    // 150 orders × 4 lead times = 600 reminders; protection ends one hour apart from order to order.
    for (let i = 0; i < 150; i++) {
      const endsAt = new Date(Date.parse('2026-12-10T17:00:00.000Z') + i * 3_600_000).toISOString();
      await putOrder(db, { ...order(), orderId: `81812345678${String(i).padStart(5, '0')}`, key: `aliexpress:81812345678${String(i).padStart(5, '0')}`, protection: { text: 'Buyer protection', readAt: '2026-11-24T10:00:00.000Z', endsAt } });
    }
    await service().reschedule();
    const first = await reminderAlarms();
    expect(first.length).toBe(MAX_REMINDER_ALARMS);
    // Ten days later the earliest have fired; a re-plan tops the alarms up with later ones.
    const latestBefore = Math.max(...first.map((a) => a.scheduledTime));
    clock = new Date('2026-12-09T10:00:00Z');
    await service().reschedule();
    const later = await reminderAlarms();
    expect(later.length).toBeLessThanOrEqual(MAX_REMINDER_ALARMS);
    expect(Math.max(...later.map((a) => a.scheduledTime))).toBeGreaterThan(latestBefore);
  });

  it('creates an alarm at each lead time before the page-read protection end', async () => {
    await putOrder(db, order());
    await service().reschedule();
    const protection = (await reminderAlarms()).filter((a) => a.name.includes('page-protection-end'));
    expect(protection.map((a) => new Date(a.scheduledTime).toISOString())).toEqual([
      '2026-12-03T17:00:00.000Z',
      '2026-12-07T17:00:00.000Z',
      '2026-12-09T17:00:00.000Z',
      '2026-12-10T11:00:00.000Z',
    ]);
  });

  it('reschedules when the order’s dates change (a new countdown moves every reminder)', async () => {
    await putOrder(db, order());
    await service().reschedule();
    await putOrder(db, { ...order(), protection: { text: 'Buyer protection: 21 days', readAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-12-15T10:00:00.000Z' } });
    await service().reschedule();
    const times = (await reminderAlarms()).filter((a) => a.name.includes('page-protection-end')).map((a) => new Date(a.scheduledTime).toISOString());
    expect(times).toEqual(['2026-12-08T10:00:00.000Z', '2026-12-12T10:00:00.000Z', '2026-12-14T10:00:00.000Z', '2026-12-15T04:00:00.000Z']);
  });

  it('restores every alarm from IndexedDB after a restart that lost them', async () => {
    await putOrder(db, order());
    await service().reschedule();
    const before = (await reminderAlarms()).map((a) => [a.name, a.scheduledTime]);
    await browser.alarms.clearAll();
    await service().reschedule();
    expect((await reminderAlarms()).map((a) => [a.name, a.scheduledTime])).toEqual(before);
  });

  it('notifies when an alarm fires on time, naming the order and what closes, once', async () => {
    await putOrder(db, order());
    await service().reschedule();
    const [first] = (await reminderAlarms()).filter((a) => a.name.includes('page-protection-end'));
    clock = new Date(first!.scheduledTime);
    await service().onAlarm(first!);
    const shown = await browser.notifications.getAll();
    const notification = (shown as unknown as Record<string, { title: string; message: string }>)[first!.name];
    expect(notification?.title).toMatch(/in 7 days/);
    expect(notification?.message).toMatch(/Order 8181234567890123: USB-C cable 2 m/);
    // A reschedule afterwards does not bring the shown reminder back.
    await service().reschedule();
    expect((await reminderAlarms()).map((a) => a.name)).not.toContain(first!.name);
  });

  it('after the browser was closed past a deadline, shows one "missed" notification, not a burst', async () => {
    await putOrder(db, order());
    await putOrder(db, fakeOrder({ orderId: '2', key: 'aliexpress:2', protection: { text: 'x', readAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-12-11T10:00:00.000Z' } }));
    await putMeta(db, 'remindersCheckedAt', clock.toISOString());
    await service().reschedule();
    clock = new Date('2026-12-20T09:00:00Z'); // the browser was closed for almost four weeks
    for (const alarm of await reminderAlarms()) await service().onAlarm(alarm); // late alarms firing at start-up
    expect(await notificationIds()).toEqual([]);
    expect(await service().checkMissed()).toBe(2);
    expect(await notificationIds()).toHaveLength(1);
    expect(await service().checkMissed()).toBe(0);
    expect(await notificationIds()).toHaveLength(1);
  });

  it('stops reminding for a resolved case', async () => {
    await putOrder(db, order());
    await service().reschedule();
    const alarmsBefore = await reminderAlarms();
    await putOrder(db, { ...(await getOrder(db, order().key))!, resolvedAt: clock.toISOString() });
    await service().reschedule();
    expect(await reminderAlarms()).toEqual([]);
    clock = new Date(alarmsBefore[0]!.scheduledTime);
    await service().onAlarm(alarmsBefore[0]!);
    expect(await notificationIds()).toEqual([]);
  });
});

describe('the user’s language', () => {
  const firstReminder = async () => {
    await putOrder(db, order());
    await service().reschedule();
    const [first] = (await reminderAlarms()).filter((a) => a.name.includes('page-protection-end'));
    clock = new Date(first!.scheduledTime);
    await service().onAlarm(first!);
    const shown = (await browser.notifications.getAll()) as unknown as Record<string, { title: string; message: string; buttons?: { title: string }[] }>;
    return shown[first!.name];
  };

  it('speaks Russian in a Russian browser when the setting is auto, plural forms and buttons included', async () => {
    browserLanguage = 'ru-RU';
    const notification = await firstReminder();
    expect(notification?.title).toBe('Конец защиты покупателя: срок через 7 дней');
    expect(notification?.message).toMatch(/^Заказ 8181234567890123: USB-C cable 2 m\nСрок: 10 дек\. 2026 г\., 18:00\.$/);
    expect(notification?.buttons?.map((b) => b.title)).toEqual(['Открыть заказ', 'Напомнить завтра']);
  });

  it('follows the language chosen in options over the browser’s', async () => {
    await putMeta(db, 'settings', { ...DEFAULT_SETTINGS, uiLanguage: 'ru' });
    expect((await firstReminder())?.title).toMatch(/^Конец защиты покупателя: срок через 7 дней$/);
  });

  it('stays English when English is chosen, even in a Russian browser', async () => {
    browserLanguage = 'ru-RU';
    await putMeta(db, 'settings', { ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    expect((await firstReminder())?.title).toBe('Buyer protection ends in 7 days');
  });

  it('sums up missed deadlines in Russian', async () => {
    browserLanguage = 'ru';
    await putOrder(db, order());
    await putOrder(db, fakeOrder({ orderId: '2', key: 'aliexpress:2', protection: { text: 'x', readAt: '2026-11-24T10:00:00.000Z', endsAt: '2026-12-11T10:00:00.000Z' } }));
    await putMeta(db, 'remindersCheckedAt', clock.toISOString());
    clock = new Date('2026-12-20T09:00:00Z');
    expect(await service().checkMissed()).toBe(2);
    const shown = Object.values((await browser.notifications.getAll()) as unknown as Record<string, { title: string; message: string }>);
    expect(shown.map((n) => n.title)).toEqual(['2 срока прошли, пока браузер был закрыт']);
  });
});

describe('snoozing', () => {
  it('"Remind me tomorrow" adds a reminder a day later that re-planning leaves alone, and it notifies', async () => {
    await putOrder(db, order());
    await service().reschedule();
    const at = await service().snoozeDeadline(order().key, 'page-protection-end');
    expect(at.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    await service().reschedule();
    const snoozed = (await browser.alarms.getAll()).find((a) => a.name.startsWith('ck-snooze/'));
    expect(snoozed?.scheduledTime).toBe(at.getTime());
    clock = at;
    await service().onAlarm(snoozed!);
    expect(await notificationIds()).toEqual([snoozed!.name]);
  });
});

describe('re-planning many times at once', () => {
  it('runs one re-plan at a time, and folds the calls made meanwhile into one more', async () => {
    let runs = 0;
    let concurrent = 0;
    let most = 0;
    const reminders = createReminderService({
      db,
      now: () => clock,
      timeZone: () => TZ,
      browserLanguage: () => browserLanguage,
      deadlinesFor: (o, now) => deadlinesFor(o, now, { timeZone: TZ }),
      alarms: {
        ...alarms,
        getAll: async () => {
          runs++;
          most = Math.max(most, ++concurrent);
          await new Promise((done) => setTimeout(done, 5));
          concurrent--;
          return alarms.getAll();
        },
      },
      notify: showNotification,
    });
    await putOrder(db, order());
    await Promise.all([reminders.reschedule(), reminders.reschedule(), reminders.reschedule()]);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    await reminders.reschedule();
    expect(runs).toBe(3);
  });
});
