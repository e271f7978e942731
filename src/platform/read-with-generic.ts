import { browser } from 'wxt/browser';
import { pageReadingSchema, type PageReading } from '../model/messages';

/**
 * Reads any page with the generic reader, injected into the tab on the user's request (activeTab
 * from the toolbar click). What comes back is page data: parsed with zod like any message.
 */
export async function readWithGeneric(tabId: number): Promise<PageReading> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader-generic.js'] });
  const parsed = pageReadingSchema.safeParse((result as { result?: unknown } | undefined)?.result);
  if (!parsed.success) throw new Error('ClaimKit could not read this page. You can type the order in by hand below.');
  return parsed.data;
}
