import type { ReadContext } from '../adapter';
import { lastText } from '../page-dom';
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

// The helpers every marketplace shares (src/marketplaces/page-dom.ts).
export { absoluteUrl, hrefOf, isCutOff, pick, pickAll, srcOf, textOf, valueText } from '../page-dom';
