import type { PageKind } from '../../model/marketplace';
import { pick } from './dom';
import { DETAIL_MARKERS, LIST_MARKERS } from './selectors';
import { ebayPageKindFromUrl, isEbayHost } from './urls';

/**
 * What kind of eBay page this is. The URL says it for every known order page; the document only
 * places a page on an eBay host whose URL does not (a saved copy, a redirect), and only with markup
 * that order pages alone carry.
 */
export function ebayPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = ebayPageKindFromUrl(url);
  if (fromUrl !== 'other' || !isEbayHost(url.hostname)) return fromUrl;
  if (pick(doc, LIST_MARKERS)) return 'order-list';
  if (pick(doc, DETAIL_MARKERS)) return 'order-detail';
  return 'other';
}
