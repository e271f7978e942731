import type { ReadContext } from '../adapter';
import { absoluteUrl, lastText } from '../page-dom';

/**
 * What every AliExpress reader needs besides the document: the page URL (links resolve against it),
 * the page language (dates and amounts) and the document's last text, which may have been cut off.
 */
export interface Page {
  doc: Document;
  ctx: ReadContext;
  /** `<html lang>`, when the page names one. */
  locale: string | undefined;
  /** The last non-blank text node of the document, or null for an empty one. */
  tail: Node | null;
}

export function toPage(doc: Document, ctx: ReadContext): Page {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return { doc, ctx, locale: lang ? lang : undefined, tail: lastText(doc) };
}

/**
 * The image an element shows: its own `src`, an `<img>` inside it, or a CSS `background-image: url(…)`
 * in its style attribute (list thumbnails and detail thumbnails on layout A draw the photo that way).
 */
export function imageOf(page: Page, el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const img = el.matches('img') ? el : el.querySelector('img');
  const src = absoluteUrl(img?.getAttribute('src'), page.ctx.url);
  if (src) return src;
  const style = el.getAttribute('style') ?? '';
  const match = /background(?:-image)?\s*:[^;]*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style);
  return absoluteUrl(match?.[2], page.ctx.url);
}

const textsCache = new WeakMap<Page, Map<Element, string>>();

/**
 * Every element under <body> with its textContent (unnormalised), in document order, computed in one
 * walk: scanning each element's textContent separately costs depth × size on a large page. Script and
 * style contents are left out, as a person never sees them. Cached per read (a live page changes).
 */
export function bodyTexts(page: Page): Map<Element, string> {
  let texts = textsCache.get(page);
  if (!texts) {
    texts = new Map();
    const body = page.doc.body as Element | null;
    if (body) collect(body, texts);
    textsCache.set(page, texts);
  }
  return texts;
}

function collect(el: Element, into: Map<Element, string>): string {
  let text = '';
  into.set(el, ''); // placeholder keeps the Map in document order (parent before children)
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !isScript(child as Element)) text += collect(child as Element, into);
  }
  into.set(el, text);
  return text;
}

export function isScript(el: Element): boolean {
  return el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE';
}

// The helpers every marketplace shares (src/marketplaces/page-dom.ts).
export { absoluteUrl, hrefOf, isCutOff, pick, pickAll, textOf, valueText } from '../page-dom';
