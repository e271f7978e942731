import { nativeRuntime } from './native-runtime';

export interface TargetTab {
  id: number | null;
  /** Known for the active tab after a toolbar click (activeTab); absent otherwise. */
  url?: string;
}

/** The popup's first questions, asked before its interface is loaded; answers are raw until read with zod. */
export interface FirstQuestions {
  tab: Promise<TargetTab>;
  /** The raw reply to settings/get. */
  settings: Promise<unknown>;
  /** The raw reply to tab/get-state (null when there is no tab to ask about). */
  state: Promise<unknown>;
}

interface NativeTabs {
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
}

function nativeTabs(): NativeTabs {
  const g = globalThis as { browser?: { tabs?: NativeTabs }; chrome?: { tabs?: NativeTabs } };
  const tabs = g.browser?.tabs ?? g.chrome?.tabs;
  if (!tabs) throw new Error('ClaimKit: no tabs API in this context');
  return tabs;
}

/**
 * The tab the popup is about: `?tabId=` when given (the locker and tests open popup.html in a tab),
 * else the active tab of the current window (the page the toolbar icon was clicked on).
 */
export async function targetTab(search: string): Promise<TargetTab> {
  const tabs = nativeTabs();
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await tabs.get(fromQuery).catch(() => undefined);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

/**
 * Asks the background what the popup shows first, at once: the popup's interface (React, zod, the
 * complaint builder: hundreds of kB) then loads while the background answers, instead of before it
 * asks. This module imports neither the polyfill nor zod; the replies are read with zod
 * (messaging.readReply) by the interface, like every other reply.
 */
export function askFirstQuestions(search: string): FirstQuestions {
  const runtime = nativeRuntime();
  const tab = targetTab(search);
  const settings = runtime.sendMessage({ type: 'settings/get', data: {} });
  const state = tab.then((t) => (t.id === null ? null : runtime.sendMessage({ type: 'tab/get-state', data: { tabId: t.id } })));
  // The interface handles each rejection when it reads the reply; until then none is "unhandled".
  for (const promise of [tab, settings, state]) promise.catch(() => {});
  return { tab, settings, state };
}
