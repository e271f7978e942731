import { browser } from 'wxt/browser';
import { pickedElementSchema, type PickedElement } from '../../model/picked-element';
import { hideFixedElements, measurePage, restoreFixedElements, scrollToAndSettle, type PageMetrics } from './page-functions';
import { UserError } from '../../i18n/user-error';

/**
 * The visible area of a tab's window as PNG bytes, pixel-exact. Needs activeTab (a user gesture:
 * toolbar click, context menu, shortcut) or a host permission. Chrome allows 2 a second: the
 * background calls it through core/capture/capture-pacer, which spaces and retries.
 */
export async function captureVisibleArea(windowId: number): Promise<Blob> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  return (await fetch(dataUrl)).blob(); // a data: URL, decoded locally: no network
}

async function run<T>(tabId: number, func: (...args: never[]) => T | Promise<T>, args: unknown[] = []): Promise<T> {
  // The polyfill's types cannot express "func with these args"; the call is checked by its callers below.
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func, args } as never);
  if (!result) throw new UserError('cannotRunInTab');
  return (result as { result: T }).result;
}

/** The page's own operations during a capture, run in the tab. */
export const tabPage = {
  measure: (tabId: number): Promise<PageMetrics> => run(tabId, measurePage),
  scrollTo: (tabId: number, x: number, y: number): Promise<number> => run(tabId, scrollToAndSettle, [x, y]),
  hideFixed: (tabId: number): Promise<number> => run(tabId, hideFixedElements),
  restoreFixed: (tabId: number): Promise<number> => run(tabId, restoreFixedElements),
};

function setRenderCap(maxHeightPx: number): void {
  (globalThis as { __claimkitMaxHeightPx?: number }).__claimkitMaxHeightPx = maxHeightPx;
}

/** Renders the whole page with html2canvas inside the tab (entrypoints/render-page.ts); PNG bytes. */
export async function renderPageInTab(tabId: number, maxHeightPx: number): Promise<Blob> {
  await run(tabId, setRenderCap, [maxHeightPx]);
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/render-page.js'] });
  const dataUrl = (result as { result?: unknown } | undefined)?.result;
  if (typeof dataUrl !== 'string' || !dataUrl.startsWith('data:image/png')) throw new UserError('cannotRender');
  return (await fetch(dataUrl)).blob();
}

function setPickPreset(selector: string | null): void {
  (globalThis as { __claimkitPickPreset?: string }).__claimkitPickPreset = selector ?? undefined;
}

/** Lets the user pick one block in the tab (entrypoints/element-picker.ts); null when they press Esc. */
export async function pickElementInTab(tabId: number, preset?: string): Promise<(Omit<PickedElement, 'rendered'> & { rendered?: Blob }) | null> {
  await run(tabId, setPickPreset, [preset ?? null]);
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/element-picker.js'] });
  const raw = (result as { result?: unknown } | undefined)?.result;
  if (raw === null || raw === undefined) return null;
  const picked = pickedElementSchema.safeParse(raw);
  if (!picked.success) throw new UserError('cannotCaptureBlock');
  const { rendered, ...rest } = picked.data;
  return { ...rest, rendered: rendered ? await (await fetch(rendered)).blob() : undefined };
}
