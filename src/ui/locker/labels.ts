import type { TextKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translator';
import type { CustodyEventKind } from '../../model/custody';
import type { Evidence, EvidenceKind } from '../../model/evidence';
import { MARKETPLACE_NAMES } from '../../model/marketplace';
import type { LockerCaseView } from './locker-api';
import { UNASSIGNED } from './locker-api';

/** What the locker's labels need of the page's translator. */
export type LockerMessages = Pick<Translator, 't' | 'tn' | 'locale' | 'language'>;

const KIND_KEY: Record<EvidenceKind, TextKey> = {
  'screenshot-visible': 'lockerKindScreenshotVisible',
  'screenshot-full-stitched': 'lockerKindScreenshotFull',
  'screenshot-full-rendered': 'lockerKindScreenshotRendered',
  'screenshot-element': 'lockerKindScreenshotElement',
  image: 'lockerKindImage',
  quote: 'lockerKindQuote',
  link: 'lockerKindLink',
  file: 'lockerKindFile',
  'page-snapshot': 'lockerKindPageSnapshot',
};

const EVENT_KEY: Record<CustodyEventKind, TextKey> = {
  captured: 'lockerEventCaptured',
  imported: 'lockerEventImported',
  'snapshot-saved': 'lockerEventSnapshotSaved',
  'note-edited': 'lockerEventNoteEdited',
  reassigned: 'lockerEventReassigned',
  deleted: 'lockerEventDeleted',
  exported: 'lockerEventExported',
};

export function kindLabel(m: LockerMessages, kind: EvidenceKind): string {
  return m.t(KIND_KEY[kind]);
}

export function eventLabel(m: LockerMessages, kind: CustodyEventKind): string {
  return m.t(EVENT_KEY[kind]);
}

/** "AliExpress order 8181…", "Not assigned to an order", or the key of an order no longer stored. */
export function caseLabel(m: LockerMessages, c: Pick<LockerCaseView, 'key' | 'order'>): string {
  if (c.key === UNASSIGNED) return m.t('lockerCaseUnassigned');
  if (!c.order) return m.t('lockerCaseOrderNotStored', { key: c.key });
  const { marketplace, orderId } = c.order;
  // Brands are written the same in every language (model/marketplace.ts).
  if (marketplace === 'generic') return m.t('lockerCaseShopOrder', { id: orderId });
  return m.t('lockerCaseOrder', { marketplace: MARKETPLACE_NAMES[marketplace], id: orderId });
}

/** The item's own name where it has one (file name, page title), else its kind. */
export function itemName(m: LockerMessages, item: Evidence): string {
  return item.fileName ?? item.pageTitle ?? kindLabel(m, item.kind);
}

// Sizes, durations, shares and counts in the locale: pure Intl, shared with the options page.
export { formatBytes, formatDuration, formatNumber, formatPercent } from '../../core/format/format-quantity';

/** Whether the bytes are shown as an image or video preview (the rest are shown as text). */
export function previewKind(item: Evidence): 'image' | 'video' | 'text' | 'none' {
  if (item.kind === 'quote' || item.kind === 'link') return 'text';
  if (item.mime.startsWith('image/') && item.mime !== 'image/svg+xml') return 'image';
  if (item.mime.startsWith('video/')) return 'video';
  return 'none';
}

/** Only web addresses become links; anything else a page handed us (javascript:, data:) stays text. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}
