import type { PageKind } from '../../model/marketplace';
import { DETAIL_MARKERS, LIST_MARKERS } from './selectors';
import { isOzonHost, ozonPageKindFromUrl } from './urls';

/**
 * What kind of Ozon page this is. The URL says it for both known order pages; the document only
 * places an Ozon page the URL does not (a new path), and only by widgets that exist on order pages.
 */
export function ozonPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = ozonPageKindFromUrl(url);
  if (fromUrl !== 'other' || !isOzonHost(url.hostname)) return fromUrl;
  if (LIST_MARKERS.some((selector) => doc.querySelector(selector))) return 'order-list';
  if (DETAIL_MARKERS.some((selector) => doc.querySelector(selector))) return 'order-detail';
  return 'other';
}
