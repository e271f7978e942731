import type { PageKind } from '../../model/marketplace';
import { pick } from './dom';
import { DETAIL_MARKERS, GLOBAL_MARKERS, LEGACY_MARKERS, LIST_MARKERS, RU_MARKERS } from './selectors';
import { aliexpressPageKindFromUrl } from './urls';

/** A: global React app; B: aliexpress.ru (CSS modules, test ids, JSON); C: legacy trade.aliexpress.com. */
export type Layout = 'global' | 'ru' | 'legacy';

/**
 * Which layout a page is. The document decides first (a saved page keeps its markup but may be opened
 * from anywhere); the host decides when the markup says nothing (an empty or still-loading page).
 * Undefined for a page that is neither.
 */
export function detectLayout(url: URL, doc: Document): Layout | undefined {
  if (pick(doc, LEGACY_MARKERS)) return 'legacy';
  if (pick(doc, RU_MARKERS)) return 'ru';
  if (pick(doc, GLOBAL_MARKERS)) return 'global';
  const host = url.hostname;
  if (host === 'trade.aliexpress.com') return 'legacy';
  if (/(^|\.)aliexpress\.ru$/.test(host)) return 'ru';
  if (/(^|\.)aliexpress\.(com|us)$/.test(host)) return 'global';
  return undefined;
}

/**
 * What kind of AliExpress page this is. The URL says it for every known order page; the document
 * only confirms a page the URL does not place (a new path, a mobile host), and only with markup that
 * exists on order pages alone.
 */
export function aliexpressPageKind(url: URL, doc: Document): PageKind {
  const fromUrl = aliexpressPageKindFromUrl(url);
  if (fromUrl !== 'other' || !/(^|\.)aliexpress\.(com|us|ru)$/.test(url.hostname)) return fromUrl;
  if (pick(doc, LIST_MARKERS)) return 'order-list';
  if (pick(doc, DETAIL_MARKERS)) return 'order-detail';
  return 'other';
}
