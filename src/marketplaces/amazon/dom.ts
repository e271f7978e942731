import { normalizeText } from '../../core/parse/normalize-text';
import type { ReadContext } from '../adapter';
import { AMAZON_SITES, amazonSiteOf } from './urls';

/**
 * What every Amazon reader needs besides the document: the page URL (links resolve against it), the
 * page language and the site's currency (dates and amounts), and the document's last text, which may
 * have been cut off.
 */
export interface Page {
  doc: Document;
  ctx: ReadContext;
  /** `<html lang>` ("en-us", "de-de"), when the page names one. */
  locale: string | undefined;
  /** The currency of the Amazon site in the URL: what a bare "$" means there. */
  currency: string | undefined;
  /** The last non-blank text node of the document, or null for an empty one. */
  tail: Node | null;
}

export function toPage(doc: Document, ctx: ReadContext): Page {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  const site = amazonSiteOf(ctx.url.hostname);
  return { doc, ctx, locale: lang ? lang : undefined, currency: site && AMAZON_SITES[site], tail: lastText(doc) };
}

/** The element's text, whitespace-normalised; undefined when it has none. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = normalizeText(el?.textContent ?? '');
  return text === '' ? undefined : text;
}

/**
 * The element's text for a value that changes meaning when shortened (amounts, ids, dates). A saved page
 * cut off mid-value ends in that value ("$58.82" becomes "$58.8"), so text holding the document's very
 * last text node is refused: a missing value is better than a confident wrong one.
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

/** An absolute http(s) URL for an href or src as the page wrote it; undefined for javascript:, data: or garbage. */
export function absoluteUrl(raw: string | null | undefined, base: URL): string | undefined {
  const href = raw?.trim();
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function hrefOf(page: Page, el: Element | null | undefined): string | undefined {
  return absoluteUrl(el?.getAttribute('href'), page.ctx.url);
}

export function srcOf(page: Page, el: Element | null | undefined): string | undefined {
  return absoluteUrl(el?.getAttribute('src'), page.ctx.url);
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
