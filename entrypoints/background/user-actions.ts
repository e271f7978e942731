import { browser } from 'wxt/browser';
import { menuClickSchema } from '../../src/model/menu';
import { showNotification } from '../../src/platform/notifications';
import type { CaptureTab } from '../../src/services/create-evidence-service';
import type { BackgroundServices } from './create-services';

/** Tells the user what a right-click or shortcut did (a notification where allowed, else the badge title). */
async function tell(title: string, message: string, tabId: number | undefined): Promise<void> {
  const shown = await showNotification({ id: `ck-action/${Date.now()}`, title, message, actions: false });
  if (!shown && tabId !== undefined) await (browser.action ?? browser.browserAction).setTitle({ tabId, title: `ClaimKit: ${message}` });
}

/** Context-menu clicks and the capture shortcut: parsed at the boundary, then handed to services. */
export function listenToUserActions(services: Promise<BackgroundServices>, toCaptureTab: (tabId: number) => Promise<CaptureTab>) {
  const run = async (tabId: number | undefined, action: (tab: CaptureTab) => Promise<string>) => {
    try {
      if (tabId === undefined) throw new Error('Open the page in a tab, then try again.');
      await tell('ClaimKit', await action(await toCaptureTab(tabId)), tabId);
    } catch (error) {
      await tell('ClaimKit could not do that', error instanceof Error ? error.message : String(error), tabId);
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
      const item = await (await services).evidence.captureVisible(t);
      return `Visible area saved as evidence${item.orderKey ? ` for order ${item.orderKey.split(':')[1]}` : ''}.`;
    });
  });
  return { onMenu };
}
