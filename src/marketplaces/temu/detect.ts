import type { PageKind } from '../../model/marketplace';
import { DETAIL_MARKER } from './selectors';
import { isTemuHost, temuPageKindFromUrl } from './urls';

/**
 * What kind of Temu page this is: the URL decides; the document only places a Temu page the URL does not
 * (a new path), by product links that say they come from an order's details page.
 */
export function temuPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = temuPageKindFromUrl(url);
  if (fromUrl !== 'other' || !isTemuHost(url.hostname)) return fromUrl;
  return doc.querySelector(DETAIL_MARKER) ? 'order-detail' : 'other';
}
