import { normalizeText } from '../../core/parse/normalize-text';
import type { ReadContext } from '../adapter';

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

/** The element's text, whitespace-normalised; undefined when it has none. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = normalizeText(el?.textContent ?? '');
  return text === '' ? undefined : text;
}

/**
 * The element's text for a value that changes meaning when shortened (amounts, ids, dates, counts).
 * A saved page cut off mid-value ends in that value: "US $19.96" becomes "US $19.9", which still reads
 * as money. So text holding the document's very last text node is refused: a missing value is better
 * than a confident wrong one. A complete page always has more after its values (footer, scripts).
 */
export function valueText(page: Page, el: Element | null | undefined): string | undefined {
  if (!el || isCutOff(page, el)) return undefined;
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

/**
 * An absolute http(s) URL for an href or src as the page wrote it. Protocol-relative links
 * ("//www.aliexpress.com/item/1.html", every A and C page) become https: AliExpress serves nothing
 * over plain http, and a saved page's own URL may be file: or http:. Anything else (javascript:,
 * data:, garbage) is undefined.
 */
export function absoluteUrl(raw: string | null | undefined, base: URL): string | undefined {
  const href = raw?.trim();
  if (!href) return undefined;
  try {
    const url = href.startsWith('//') ? new URL(`https:${href}`) : new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function hrefOf(page: Page, el: Element | null | undefined): string | undefined {
  return absoluteUrl(el?.getAttribute('href'), page.ctx.url);
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

/** The first element any of the selectors finds, trying them in order (preferred first). */
export function pick(root: ParentNode | null | undefined, selectors: readonly string[]): Element | undefined {
  if (!root) return undefined;
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

export function pickAll(root: ParentNode | null | undefined, selector: string): Element[] {
  return root ? [...root.querySelectorAll(selector)] : [];
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
