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

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * "512 bytes", "12 kB", "3.4 MB" / "512 байт", "12 кБ", "3,4 МБ": binary multiples, with the unit
 * names and number format of the locale (Intl). Bytes use the long unit name: "512 byte" is not English.
 */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < KB) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const [value, unit, digits] = bytes < MB ? [bytes / KB, 'kilobyte', 0] : bytes < GB ? [bytes / MB, 'megabyte', 1] : [bytes / GB, 'gigabyte', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "350 ms", "1.2 sec" / "350 мс", "1,2 с". */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 }).format(ms);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
}

/** A share as a percentage ("0.34%", "12 %"), with two decimals under 1% so a little use is not "0%". */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share < 0.01 ? 2 : 0 }).format(share);
}

/** A number in the locale ("1 280" in Russian from five digits up, "1,280" in English). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

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
