import { normalizeText } from '../core/parse/normalize-text';
import type { ReadContext } from './adapter';

/**
 * DOM helpers every marketplace reader shares. Each marketplace's dom.ts builds its own Page (with
 * what its readers need besides: the page language, a site's currency) and re-exports these; where a
 * site needs another rule (eBay's visible text, its cut-off tail) its dom.ts says so and keeps its own.
 */
export interface ReadablePage {
  doc: Document;
  ctx: ReadContext;
  /** The last non-blank text node of the document (where a cut-off page ends), or null for an empty one. */
  tail: Node | null;
}

/** The page for readers that need nothing besides (Ozon, Temu, Wildberries). */
export type Page = ReadablePage;

export function toPage(doc: Document, ctx: ReadContext): Page {
  return { doc, ctx, tail: lastText(doc) };
}

/** The last non-blank text node under `node`, or null. */
export function lastText(node: Node): Node | null {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3 && (child.textContent ?? '').trim() !== '') return child;
    if (child.nodeType === 1) {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return null;
}

/** The element's text, whitespace-normalised; undefined when it has none. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = normalizeText(el?.textContent ?? '');
  return text === '' ? undefined : text;
}

/** True when the node holds the document's very last text: the page may have been cut off inside it. */
export function isCutOff(page: Pick<ReadablePage, 'tail'>, el: Node): boolean {
  return page.tail !== null && (el === page.tail || el.contains(page.tail));
}

/**
 * The element's text for a value that changes meaning when shortened (amounts, ids, dates, counts).
 * A saved page cut off mid-value ends in that value: "US $19.96" becomes "US $19.9", which still reads
 * as money. So text holding the document's very last text node is refused: a missing value is better
 * than a confident wrong one. A complete page always has more after its values (footer, scripts).
 */
export function valueText(page: Pick<ReadablePage, 'tail'>, el: Element | null | undefined): string | undefined {
  if (!el || isCutOff(page, el)) return undefined;
  return textOf(el);
}

/**
 * The element's text for an amount whose currency sign follows the number ("3 188 ₽"). The money
 * readers for such amounts read only text ending in the sign, so an amount cut short is never read as
 * a smaller one ("3 18" has no sign): `valueText`'s cut-off check is not needed, and would refuse the
 * total of a page saved without its footer (ozon order-detail.html ends with its "Товары" sum).
 */
export function amountText(el: Element | null | undefined): string | undefined {
  return textOf(el);
}

/**
 * An absolute http(s) URL for an href or src as the page (or its JSON) wrote it. Protocol-relative
 * links ("//www.aliexpress.com/item/1.html") become https: the marketplaces serve nothing over plain
 * http, and a saved page's own URL may be file: or http:. Anything else (javascript:, data:, garbage,
 * a non-string, a 4,000-character blob) is undefined.
 */
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

export function hrefOf(page: Pick<ReadablePage, 'ctx'>, el: Element | null | undefined): string | undefined {
  return absoluteUrl(el?.getAttribute('href'), page.ctx.url);
}

export function srcOf(page: Pick<ReadablePage, 'ctx'>, el: Element | null | undefined): string | undefined {
  return absoluteUrl(el?.getAttribute('src'), page.ctx.url);
}

/** The first element any of the selectors finds, trying them in order (preferred first). */
export function pick(root: ParentNode | null | undefined, selectors: string | readonly string[]): Element | undefined {
  if (!root) return undefined;
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

export function pickAll(root: ParentNode | null | undefined, selector: string): Element[] {
  return root ? [...root.querySelectorAll(selector)] : [];
}
