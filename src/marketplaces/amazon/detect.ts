import type { PageKind } from '../../model/marketplace';
import { pick } from './dom';
import { DETAIL_MARKERS, LIST_MARKERS } from './selectors';
import { amazonPageKindFromUrl, isAmazonHost } from './urls';

/**
 * What kind of Amazon page this is. The URL says it for every known order page; the document only
 * confirms a page the URL does not place (a new path on an Amazon host), and only with markup that
 * exists on order pages alone. Pages on other hosts are 'other'.
 */
export function amazonPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = amazonPageKindFromUrl(url);
  if (fromUrl !== 'other' || !isAmazonHost(url.hostname)) return fromUrl;
  if (pick(doc, LIST_MARKERS)) return 'order-list';
  if (pick(doc, DETAIL_MARKERS)) return 'order-detail';
  return 'other';
}
