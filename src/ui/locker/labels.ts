import { MARKETPLACE_NAMES } from '../../model/marketplace';
import type { CustodyEventKind } from '../../model/custody';
import type { Evidence, EvidenceKind } from '../../model/evidence';
import type { LockerCaseView } from './locker-api';
import { UNASSIGNED } from './locker-api';

export const KIND_LABEL: Record<EvidenceKind, string> = {
  'screenshot-visible': 'Screenshot (visible area, pixel-exact)',
  'screenshot-full-stitched': 'Screenshot (full page, pixel-exact)',
  'screenshot-full-rendered': 'Screenshot (full page, re-drawn)',
  'screenshot-element': 'Screenshot (one block)',
  image: 'Image from a page',
  quote: 'Quote',
  link: 'Link',
  file: 'Your file',
  'page-snapshot': 'Page snapshot',
};

export const EVENT_LABEL: Record<CustodyEventKind, string> = {
  captured: 'Captured',
  imported: 'Added',
  'snapshot-saved': 'Page snapshot saved',
  'note-edited': 'Note edited',
  reassigned: 'Moved',
  deleted: 'Deleted',
  exported: 'Case exported',
};

const MARKETPLACE: Record<string, string> = { ...MARKETPLACE_NAMES, generic: 'Shop' };

/** "AliExpress order 8181…", "Not assigned to an order", or the key of an order no longer stored. */
export function caseLabel(c: Pick<LockerCaseView, 'key' | 'order'>): string {
  if (c.key === UNASSIGNED) return 'Not assigned to an order';
  if (!c.order) return `Order ${c.key} (details not stored)`;
  return `${MARKETPLACE[c.order.marketplace] ?? c.order.marketplace} order ${c.order.orderId}`;
}

/** The item's own name where it has one (file name, page title), else its kind. */
export function itemName(item: Evidence): string {
  return item.fileName ?? item.pageTitle ?? KIND_LABEL[item.kind];
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
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
