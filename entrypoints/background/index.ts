import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMarketplaceUrl } from '../../src/marketplaces/registry';
import { getOrder } from '../../src/platform/db/orders';
import { createMessageListener, ownSenderContext } from '../../src/platform/messaging';
import { listenToNotificationClicks } from '../../src/platform/notification-clicks';
import { parseReminderName } from '../../src/core/reminders/reminder-name';
import { createBackgroundHandlers } from '../../src/services/create-background-handlers';
import { readWithGeneric } from '../../src/platform/read-with-generic';
import { fetchImagesAsData } from '../../src/platform/fetch-images-as-data';
import { UserError } from '../../src/i18n/user-error';
import { createBackgroundServices } from './create-services';
import { listenToUserActions } from './user-actions';

async function getCaptureTab(tabId: number) {
  const tab = await browser.tabs.get(tabId);
  if (tab.id === undefined || tab.windowId === undefined) throw new UserError('tabGone');
  return { id: tab.id, windowId: tab.windowId, url: tab.url, title: tab.title, active: tab.active };
}

/** Hourly: report deadlines that passed (once) and re-plan reminders. */
const CHECK_ALARM = 'ck-check';

export default defineBackground(() => {
  const services = createBackgroundServices();
  const checkAndPlan = async () => {
    const { reminders } = await services;
    await reminders.checkMissed();
    await reminders.reschedule();
  };

  // A UserError is answered in the user's language; any other error in its own (English) words.
  const describeError = async (error: unknown) => (error instanceof UserError ? error.in(await (await services).language()) : undefined);

  // Every listener is registered synchronously, so an event that wakes the worker is not lost.
  const handlers = createBackgroundHandlers(services, { get: getCaptureTab, readWithGeneric }, fetchImagesAsData);
  browser.runtime.onMessage.addListener(createMessageListener(handlers, ownSenderContext(isMarketplaceUrl), console, describeError) as never);
  browser.runtime.onInstalled.addListener((details) => {
    void services.then((s) => s.refreshMenus());
    void checkAndPlan();
    // The first-run guide, once, on a fresh install (not on updates). The e2e build skips it: a
    // tab opening by itself would race every test's own tabs; tests open welcome.html directly.
    if (details.reason === 'install' && import.meta.env.MODE !== 'e2e') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  const actions = listenToUserActions(services, getCaptureTab);
  // Test-only hook (e2e build): drives the real menu-click path, since a test cannot right-click
  // the browser's own context menu.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { claimkitTest: { menuClick: actions.onMenu } });
  browser.runtime.onStartup.addListener(() => {
    // Menus persist, but in the language they were made in: the browser's may have changed since.
    void services.then((s) => s.refreshMenus());
    void checkAndPlan();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) void checkAndPlan();
    else void services.then((s) => s.reminders.onAlarm(alarm));
  });
  void browser.alarms.create(CHECK_ALARM, { periodInMinutes: 60 });
  listenToNotificationClicks({
    async open(id) {
      const ref = parseReminderName(id);
      const order = ref && (await getOrder((await services).db, ref.orderKey));
      await browser.tabs.create({ url: order?.url ?? browser.runtime.getURL('/popup.html') });
    },
    snooze: async (id) => void (await (await services).reminders.snooze(id)),
  });
});
