import { browser } from 'wxt/browser';
import { z } from 'zod';
import { protocol, type ResponseOf } from '../model/messages';
import { UserError } from '../i18n/user-error';
import { insertTextInPage, type PasteOutcome } from './insert-text-in-page';

export type PasteResult = ResponseOf<'complaint/paste'>;

/** What the page function answered; parsed like any message from outside. */
const outcomeSchema = protocol['complaint/paste'].response.extend({ inFrame: z.boolean().optional() });

async function inject(tabId: number, text: string, allFrames: boolean): Promise<PasteOutcome[]> {
  // The polyfill's types cannot express "func with these args"; insertTextInPage(text, onlyFocused) is the call.
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames }, func: insertTextInPage, args: [text, allFrames] } as never);
  return (results as { result?: unknown }[]).flatMap((r) => {
    const parsed = outcomeSchema.safeParse(r.result);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Puts the complaint into the tab's focused field (see insertTextInPage for the rules), through
 * scripting.executeScript: the popup's toolbar click grants activeTab for that tab (the e2e build
 * has <all_urls>). When the focus is inside a frame, it retries in every frame it may reach and
 * writes only where a field is focused. Throws a readable error when the tab cannot be scripted.
 */
export async function pasteIntoTab(tabId: number, text: string): Promise<PasteResult> {
  let top: PasteOutcome | undefined;
  try {
    [top] = await inject(tabId, text, false);
  } catch {
    throw new UserError('cannotPaste');
  }
  if (!top) throw new UserError('cannotPaste');
  if (!top.inFrame) return withoutFrameFlag(top);
  // Frames of other sites are out of reach with activeTab: Chrome skips them, and they answer nothing.
  const inFrames = await inject(tabId, text, true).catch(() => []);
  const done = inFrames.find((r) => r.pasted) ?? inFrames.find((r) => !r.inFrame && r.where !== '');
  return withoutFrameFlag(done ?? top);
}

function withoutFrameFlag({ pasted, where, maxLength }: PasteOutcome): PasteResult {
  return maxLength === undefined ? { pasted, where } : { pasted, where, maxLength };
}
