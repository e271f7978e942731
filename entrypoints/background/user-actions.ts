import { browser } from 'wxt/browser';
import { UserError } from '../../src/i18n/user-error';
import { menuClickSchema } from '../../src/model/menu';
import { showNotification } from '../../src/platform/notifications';
import { sayAction } from '../../src/services/action-words';
import type { CaptureTab } from '../../src/services/create-evidence-service';
import { forOrder } from '../../src/services/create-menu-handler';
import type { BackgroundServices } from './create-services';

/** Tells the user what a right-click or shortcut did (a notification where allowed, else the badge title). */
async function tell(title: string, message: string, tabId: number | undefined): Promise<void> {
  const shown = await showNotification({ id: `ck-action/${Date.now()}`, title, message, actions: false });
  if (!shown && tabId !== undefined) await (browser.action ?? browser.browserAction).setTitle({ tabId, title: `ClaimKit: ${message}` });
}

/** Context-menu clicks and the capture shortcut: parsed at the boundary, then handed to services. */
export function listenToUserActions(services: Promise<BackgroundServices>, toCaptureTab: (tabId: number) => Promise<CaptureTab>) {
  const run = async (tabId: number | undefined, action: (tab: CaptureTab) => Promise<string>) => {
    const lang = await services.then((s) => s.language()).catch(() => 'en' as const);
    try {
      if (tabId === undefined) throw new Error(sayAction(lang, 'openInTab'));
      await tell('ClaimKit', await action(await toCaptureTab(tabId)), tabId);
    } catch (error) {
      const said = error instanceof UserError ? error.in(lang) : error instanceof Error ? error.message : String(error);
      await tell(sayAction(lang, 'couldNotDoThat'), said, tabId);
    }
  };
  const onMenu = async (info: unknown, tabId: number | undefined) => {
    const click = menuClickSchema.safeParse(info);
    if (!click.success) return console.warn('[ClaimKit] refused a menu click:', click.error.issues[0]?.message);
    await run(tabId, async (tab) => (await services).onMenuClick(click.data, tab));
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenu(info, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-visible') return;
    void run(tab?.id, async (t) => {
      const { evidence, language } = await services;
      const item = await evidence.captureVisible(t);
      const lang = await language();
      return sayAction(lang, 'visibleSaved', { forOrder: item.orderKey ? forOrder(item.orderKey, lang) : '' });
    });
  });
  return { onMenu };
}
