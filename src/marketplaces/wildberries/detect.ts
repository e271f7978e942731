import type { PageKind } from '../../model/marketplace';
import { ARCHIVE } from './selectors';
import { isWildberriesHost, wildberriesPageKindFromUrl } from './urls';

/**
 * What kind of Wildberries page this is: the URL decides; the document only places a Wildberries page
 * the URL does not (a new path for the archive), by the archive's position cards.
 */
export function wildberriesPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = wildberriesPageKindFromUrl(url);
  if (fromUrl !== 'other' || !isWildberriesHost(url.hostname) || /^\/lk\/myorders\/delivery\b/.test(url.pathname)) return fromUrl;
  return doc.querySelector(ARCHIVE.item) ? 'order-list' : 'other';
}
