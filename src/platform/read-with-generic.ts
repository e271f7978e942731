import { browser } from 'wxt/browser';
import { pageReadingSchema, type PageReading } from '../model/messages';
import { UserError } from '../i18n/user-error';

/**
 * Reads any page with the generic reader, injected into the tab on the user's request (activeTab
 * from the toolbar click). What comes back is page data: parsed with zod like any message.
 */
export async function readWithGeneric(tabId: number): Promise<PageReading> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader-generic.js'] });
  const parsed = pageReadingSchema.safeParse((result as { result?: unknown } | undefined)?.result);
  if (!parsed.success) throw new UserError('cannotReadPage');
  return parsed.data;
}
