import type { PageReading } from '../model/messages';
import type { BackgroundHandlers } from '../platform/messaging';
import { deleteAllData } from '../platform/db/delete-all';
import { getSettings, putMeta } from '../platform/db/meta';
import type { ClaimKitDatabase } from '../platform/db/open';
import type { OrderService } from './create-order-service';
import type { ReminderService } from './create-reminder-service';
import type { CaptureTab, EvidenceService } from './create-evidence-service';
import type { ComplaintService } from './create-complaint-service';

/** The background's answer to every message it receives. Wiring only: the work is in services. */
export function createBackgroundHandlers(
  services: Promise<{
    db: ClaimKitDatabase;
    orders: OrderService;
    reminders: ReminderService;
    evidence: EvidenceService;
    complaints: ComplaintService;
    /** Re-creates the context menus in the user's language. */
    refreshMenus: () => Promise<void>;
  }>,
  tabs: { get(tabId: number): Promise<CaptureTab>; readWithGeneric(tabId: number): Promise<PageReading> },
  fetchImagesAsData: (urls: readonly string[]) => Promise<Record<string, string>>,
): BackgroundHandlers {
  return {
    'order/read': async (reading, sender) => {
      const { orders } = await services;
      const stored = await orders.recordReading(reading, sender.tab?.id);
      return { orderKeys: stored.map((o) => o.key) };
    },
    'tab/get-state': async ({ tabId }) => (await services).orders.getTabState(tabId),
    'tab/read-generic': async ({ tabId }) => (await services).orders.getTabState(tabId, await tabs.readWithGeneric(tabId)),
    'order/save-manual': async (input) => ({ orderKey: (await (await services).orders.saveManual(input)).key }),
    'orders/list': async ({ limit }) => (await services).orders.listTracked(limit),
    'order/set-state': async ({ orderKey, ...change }) => ({ orderKey: (await (await services).orders.setState(orderKey, change)).key }),
    'evidence/capture': async ({ tabId, mode }) => {
      const { evidence } = await services;
      const tab = await tabs.get(tabId);
      const capture = { visible: evidence.captureVisible, full: evidence.captureFullPage, element: evidence.captureElement, 'order-block': evidence.captureOrderBlock, snapshot: evidence.saveSnapshot }[mode];
      return { evidence: await capture(tab) };
    },
    'evidence/fetch-images': async ({ urls }) => ({ images: await fetchImagesAsData(urls) }),
    'evidence/list': async ({ orderKey }) => {
      const { evidence, broken } = await (await services).evidence.list(orderKey);
      return { evidence, broken: broken.length };
    },
    'reminder/snooze': async ({ orderKey, deadlineId }) => ({ at: (await (await services).reminders.snoozeDeadline(orderKey, deadlineId)).toISOString() }),
    'settings/get': async () => getSettings((await services).db),
    'settings/save': async (settings) => {
      const { db, reminders, refreshMenus } = await services;
      const before = await getSettings(db);
      await putMeta(db, 'settings', settings);
      await reminders.reschedule();
      // Menus are created once and persist: a new UI language needs them made again.
      if (before.uiLanguage !== settings.uiLanguage) await refreshMenus();
      return getSettings(db);
    },
    'data/delete-all': async () => {
      const { db, reminders } = await services;
      const deleted = await deleteAllData(db);
      await reminders.reschedule(); // no orders left: every reminder alarm is cleared
      return deleted;
    },
    'draft/get': async ({ orderKey }) => (await services).complaints.getDraft(orderKey),
    'drafts/list': async () => (await services).complaints.listDrafts(),
    'draft/save': async (draft) => (await services).complaints.saveDraft(draft),
    'complaint/paste': async ({ tabId, text }) => (await services).complaints.paste(tabId, text),
  };
}
