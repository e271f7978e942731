import { browser } from 'wxt/browser';
import { UserError } from '../../i18n/user-error';

export interface PageSnapshot {
  blob: Blob;
  mime: string;
}

/**
 * The page's content beside its pixels: Chrome's pageCapture.saveAsMHTML (HTML, styles and images
 * in one file; its header names the URL and the time), or in Firefox, which has no pageCapture, the
 * DOM serialised to one HTML file that starts with the "saved from url" mark browsers use.
 */
export async function savePageSnapshot(tabId: number): Promise<PageSnapshot> {
  const pageCapture = (browser as { pageCapture?: { saveAsMHTML(details: { tabId: number }): Promise<Blob | ArrayBuffer | undefined> } }).pageCapture;
  if (pageCapture?.saveAsMHTML) {
    const saveAsMHTML = pageCapture.saveAsMHTML.bind(pageCapture);
    return { blob: new Blob([await readMhtml(() => saveAsMHTML({ tabId }))], { type: 'multipart/related' }), mime: 'multipart/related' };
  }
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: serializeDocument });
  const html = (result as { result?: unknown } | undefined)?.result;
  if (typeof html !== 'string') throw new UserError('cannotReadForSnapshot');
  return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), mime: 'text/html;charset=utf-8' };
}

/**
 * The snapshot's bytes, read at once. In Chrome's service worker the Blob saveAsMHTML returns is
 * backed by a temporary file that is sometimes already gone when read (NotFoundError, seen in 3 of
 * 6 e2e runs, mostly on the worker's first snapshot); a second save then reads fine.
 */
async function readMhtml(save: () => Promise<Blob | ArrayBuffer | undefined>, attempts = 3): Promise<ArrayBuffer> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const data = await save();
      if (!data) throw new UserError('noSnapshot');
      return data instanceof Blob ? await data.arrayBuffer() : data;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Runs in the page (self-contained): the document as HTML text, marked with its address and time. */
function serializeDocument(): string {
  const url = location.href;
  const mark = `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n<!-- ClaimKit snapshot ${new Date().toISOString()} -->\n`;
  return mark + new XMLSerializer().serializeToString(document);
}
