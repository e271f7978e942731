import type { Evidence } from '../../model/evidence';

/**
 * What a piece of evidence is, as a support agent would call it. The kind says how it was made;
 * for files the user added from disk the MIME type says what it shows (photo, video, document).
 */
export type EvidenceCategory = 'photo' | 'video' | 'document' | 'file' | 'image' | 'screenshot' | 'page' | 'quote' | 'link';

export function evidenceCategory(evidence: Pick<Evidence, 'kind' | 'mime'>): EvidenceCategory {
  switch (evidence.kind) {
    case 'screenshot-visible':
    case 'screenshot-full-stitched':
    case 'screenshot-full-rendered':
    case 'screenshot-element':
      return 'screenshot';
    case 'page-snapshot':
      return 'page';
    case 'quote':
      return 'quote';
    case 'link':
      return 'link';
    case 'image':
      return 'image';
    case 'file':
      if (evidence.mime.startsWith('image/')) return 'photo';
      if (evidence.mime.startsWith('video/')) return 'video';
      if (evidence.mime === 'application/pdf') return 'document';
      return 'file';
  }
}

/**
 * Evidence that can show the item itself: only what the user added from their own disk (their photo,
 * video or file). Screenshots and images saved from a web page show the listing, the chat or the
 * tracking, not the item that arrived, so they do not count (see the model note in the report: an
 * evidence "subject" field would let an image saved from the chat count too).
 */
export function showsTheItem(evidence: Pick<Evidence, 'kind'>): boolean {
  return evidence.kind === 'file';
}

/** The name a reader can find the item by: the file name, else the page title, else the link. */
export function evidenceName(evidence: Evidence): string {
  const name = evidence.fileName?.trim() || evidence.pageTitle?.trim() || (evidence.kind === 'link' ? evidence.url : undefined);
  return name ?? '';
}
