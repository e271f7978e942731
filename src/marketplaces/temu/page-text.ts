import { isCutOff, type Page } from '../page-dom';
import { ORDER_ID_IN_TEXT } from './urls';

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without the global

/**
 * The Temu order numbers the page prints, distinct, in page order (what the public QA tool's
 * extractList() does with document.body.innerText). Script text (rawData) is not printed text. The
 * document's last text is skipped: a page cut off inside "PO-211-1234567890123" would print another,
 * shorter number.
 */
export function printedOrderIds(page: Page): string[] {
  const body = page.doc.body as HTMLElement | null;
  if (!body) return [];
  const ids = new Set<string>();
  const walker = page.doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HIDDEN.has(node.parentElement?.tagName ?? '') || isCutOff(page, node)) continue;
    for (const [id] of (node.textContent ?? '').matchAll(ORDER_ID_IN_TEXT)) ids.add(id);
  }
  return [...ids];
}
