import { adapterForUrl, isMarketplaceUrl } from '../../src/marketplaces/registry';
import { alarms } from '../../src/platform/alarms';
import { setTabBadge } from '../../src/platform/badge';
import { openClaimKitDb } from '../../src/platform/db/open';
import { sendToTab } from '../../src/platform/messaging';
import { showNotification } from '../../src/platform/notifications';
import { createOrderService } from '../../src/services/create-order-service';
import { createReminderService } from '../../src/services/create-reminder-service';
import { createEvidenceService } from '../../src/services/create-evidence-service';
import { createCustodyService } from '../../src/services/create-custody-service';
import { createComplaintService } from '../../src/services/create-complaint-service';
import { pasteIntoTab } from '../../src/platform/paste-into-page';
import { captureVisibleArea, pickElementInTab, renderPageInTab, tabPage } from '../../src/platform/capture/tab-capture';
import { composeImage } from '../../src/platform/capture/compose-image';
import { savePageSnapshot } from '../../src/platform/capture/page-snapshot';
import { fetchImage } from '../../src/platform/fetch-image';
import { imageSize } from '../../src/platform/image-size';
import { createMenuHandler } from '../../src/services/create-menu-handler';
import { deadlinesFor, badgeFor, userTimeZone } from '../../src/services/deadlines-for-order';
import { browserUiLanguage } from '../../src/platform/browser-language';
import { createContextMenus } from '../../src/platform/context-menus';
import { currentUserLanguage } from '../../src/services/user-language';
import { createCapturePacer } from '../../src/core/capture/capture-pacer';
import { UserError } from '../../src/i18n/user-error';
import { askTabReading } from '../../src/services/ask-tab-reading';
import { injectFiles, tabUrl } from '../../src/platform/tab-scripts';
import { orderPageScripts } from '../../src/marketplaces/sites';

/** This service worker's captures, spaced to Chrome's quota and retried when it still refuses one. */
const pacedCapture = createCapturePacer({
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  tooFast: () => new UserError('captureTooFast'),
});

/** The background's services, built with the real platform adapters. */
export async function createBackgroundServices() {
  const db = await openClaimKitDb();
  const now = () => new Date();
  const reminders = createReminderService({
    db,
    now,
    timeZone: userTimeZone,
    browserLanguage: browserUiLanguage,
    deadlinesFor,
    alarms,
    notify: showNotification,
  });
  const orders = createOrderService({
    db,
    now,
    deadlinesFor,
    badgeFor,
    browserLanguage: browserUiLanguage,
    setBadge: setTabBadge,
    // An order page the browser ran no content script in (reached inside a single-page app, or
    // open since before install) gets the reader and the content script now: the popup is open.
    askTab: (tabId) =>
      askTabReading(tabId, {
        ask: (id) => sendToTab(id, 'page/get-reading', {}),
        tabUrl,
        scriptsFor: (url) => orderPageScripts(new URL(url)),
        inject: injectFiles,
      }),
    // Services may not import the adapters (lint wall): the lookup arrives as a parameter.
    marketplaceForUrl: (url) => adapterForUrl(new URL(url))?.id ?? 'generic',
    // Re-planning reads every stored order: the popup and the content script get their answer
    // first, and the re-plan follows (serialised in the reminder service).
    onOrderChanged: () => {
      reminders.reschedule().catch((error: unknown) => console.warn('ClaimKit could not re-plan reminders', error));
      return Promise.resolve();
    },
  });
  const evidence = createEvidenceService({
    db,
    now,
    timeZone: userTimeZone,
    newId: () => crypto.randomUUID(),
    capture: { visible: (windowId) => pacedCapture(() => captureVisibleArea(windowId)), ...tabPage },
    renderPage: renderPageInTab,
    pickElement: pickElementInTab,
    markOrderBlock: async (tabId) => (await sendToTab(tabId, 'page/mark-order-block', {}).catch(() => ({ found: false }))).found,
    snapshot: savePageSnapshot,
    isMarketplacePage: (url) => Boolean(url && isMarketplaceUrl(url)),
    compose: composeImage,
    orderKeyForTab: (tab) => orders.orderKeyForTab(tab.id, tab.url),
    // Issue 10: every capture gets its 'captured' line in its case's custody log.
    onStored: createCustodyService({ db, now, warn: (message, error) => console.warn(message, error) }).recordStored,
  });
  // The UI language (options, else the browser's), read afresh each time so a change shows at once.
  const language = async () => (await currentUserLanguage(db, browserUiLanguage)).language;
  const onMenuClick = createMenuHandler({ evidence, orders, fetchImage, imageSize, language });
  const complaints = createComplaintService({ db, now, paste: pasteIntoTab });
  const refreshMenus = async () => createContextMenus(await language());
  return { db, orders, reminders, evidence, complaints, onMenuClick, refreshMenus, language };
}

export type BackgroundServices = Awaited<ReturnType<typeof createBackgroundServices>>;
