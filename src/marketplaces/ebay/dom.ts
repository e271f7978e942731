import { normalizeText } from '../../core/parse/normalize-text';
import type { ReadContext } from '../adapter';
import { HIDDEN } from './selectors';

/**
 * What every eBay reader needs besides the document: the page URL (links resolve against it), the
 * page language (dates and amounts) and the document's last text, which may have been cut off.
 */
export interface Page {
  doc: Document;
  ctx: ReadContext;
  /** `<html lang>`, when the page names one. */
  locale: string | undefined;
  /** The document's last node if it is text that may have been cut off (see cutTail), else null. */
  tail: Node | null;
}

export function toPage(doc: Document, ctx: ReadContext): Page {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return { doc, ctx, locale: lang ? lang : undefined, tail: cutTail(doc) };
}

/** The text a person sees in the element (screen-reader-only copies skipped), normalised; undefined if none. */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const text = normalizeText(visible(el));
  return text === '' ? undefined : text;
}

function visible(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !skipped(child as Element)) text += visible(child as Element);
  }
  return text;
}

function skipped(el: Element): boolean {
  return el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE' || el.matches(HIDDEN);
}

/**
 * The element's text for a value that changes meaning when shortened (amounts, ids, dates). A saved
 * page cut off mid-value ends in that value ("US $34.99" becomes "US $34.9", still money), so text
 * holding the document's very last text node is refused: a missing value beats a confident wrong one.
 */
export function valueText(page: Page, el: Element | null | undefined): string | undefined {
  if (!el || (page.tail !== null && (el === page.tail || el.contains(page.tail)))) return undefined;
  return textOf(el);
}

/**
 * The document's very last node, when it is text with words in it: what a cut-off page ends in. A
 * complete page ends in markup or whitespace after its last value (closing tags on their own lines,
 * a footer, scripts); a page cut off mid-value ends in that value's text, with nothing after it.
 */
function cutTail(doc: Document): Node | null {
  let node: Node | null = doc.documentElement;
  while (node?.lastChild) node = node.lastChild;
  return node !== null && node.nodeType === 3 && (node.textContent ?? '').trim() !== '' ? node : null;
}

/** The elements that are not inside another of them (a class moved onto a nested block counts once). */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

// The helpers every marketplace shares (src/marketplaces/page-dom.ts).
export { absoluteUrl, hrefOf, pick, pickAll, srcOf } from '../page-dom';
