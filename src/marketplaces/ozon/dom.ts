import { normalizeText } from '../../core/parse/normalize-text';
import type { ReadContext } from '../adapter';

/**
 * What the Ozon readers need besides the document: the page URL (links resolve against it) and the
 * document's last text, which may have been cut off. Same approach as aliexpress/dom.ts; wildberries/
 * uses this module too (they should move to one shared module when the marketplaces folder gets one).
 */
export interface Page {
  doc: Document;
  ctx: ReadContext;
  /** The last non-blank text node of the document, or null for an empty one. */
  tail: Node | null;
}

export function toPage(doc: Document, ctx: ReadContext): Page {
  return { doc, ctx, tail: lastText(doc) };
}

/** The element's text, whitespace-normalised; undefined when it has none. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = normalizeText(el?.textContent ?? '');
  return text === '' ? undefined : text;
}

/**
 * The element's text for a value that changes meaning when shortened (amounts, dates). A saved page cut
 * off mid-value ends in that value ("3 188 ₽" becomes "3 18"), so text holding the document's very last
 * text node is refused: a missing value is better than a wrong one.
 */
export function valueText(page: Page, el: Element | null | undefined): string | undefined {
  if (!el || isCutOff(page, el)) return undefined;
  return textOf(el);
}

/**
 * The element's text for an amount in roubles. The currency sign comes after the number ("3 188 ₽"), and
 * money.ts reads only text ending in it, so an amount cut short is never read as a smaller one ("3 18"
 * has no sign): the cut-off check of `valueText` is not needed, and would refuse the total of a page saved
 * without its footer (order-detail.html ends with its "Товары" sum).
 */
export function amountText(el: Element | null | undefined): string | undefined {
  return textOf(el);
}

export function isCutOff(page: Page, el: Node): boolean {
  return page.tail !== null && (el === page.tail || el.contains(page.tail));
}

function lastText(node: Node): Node | null {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3 && (child.textContent ?? '').trim() !== '') return child;
    if (child.nodeType === 1) {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return null;
}

/** An absolute http(s) URL for an href or src as the page (or its JSON) wrote it; undefined for anything else. */
export function absoluteUrl(raw: unknown, base: URL): string | undefined {
  const href = typeof raw === 'string' ? raw.trim() : '';
  if (href === '' || href.length > 4000) return undefined;
  try {
    const url = href.startsWith('//') ? new URL(`https:${href}`) : new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function pickAll(root: ParentNode | null | undefined, selector: string): Element[] {
  return root ? [...root.querySelectorAll(selector)] : [];
}
