import type { Evidence } from '../../model/evidence';
import { formatBytes, itemName, KIND_LABEL, previewKind } from './labels';
import type { LockerApi } from './locker-api';
import { useObjectUrl } from './use-object-url';

/**
 * The item itself: an image or video from its stored bytes, a quote or link as text (never as
 * HTML), other files (page snapshots, PDFs) by name and size. `full` is the size of the viewer.
 */
export function EvidencePreview({ api, item, full = false }: { api: LockerApi; item: Evidence; full?: boolean }) {
  const kind = previewKind(item);
  const url = useObjectUrl(api, item.id, kind === 'image' || kind === 'video');
  const className = full ? 'preview preview--full' : 'preview';
  if (kind === 'text') {
    const address = item.sourceUrl ?? item.url;
    return (
      <div className={`${className} preview--text`}>
        {item.kind === 'quote' ? <blockquote>{item.text ?? ''}</blockquote> : <p>{item.text ?? ''}</p>}
        {address && <p className="muted mono wrap">{address}</p>}
      </div>
    );
  }
  if (kind === 'image') {
    return <div className={className}>{url ? <img src={url} alt={`${KIND_LABEL[item.kind]}: ${itemName(item)}`} loading="lazy" /> : <span className="muted">Loading…</span>}</div>;
  }
  if (kind === 'video') {
    return (
      <div className={className}>
        {url ? <video src={url} controls={full} muted={!full} preload="metadata" aria-label={`Video: ${itemName(item)}`} /> : <span className="muted">Loading…</span>}
      </div>
    );
  }
  return (
    <div className={`${className} preview--file`}>
      <p>{item.kind === 'page-snapshot' ? 'Page snapshot (MHTML): open the downloaded file in Chrome' : itemName(item)}</p>
      <p className="muted">
        {item.mime}, {formatBytes(item.size)}
      </p>
    </div>
  );
}

/** A download link to the original bytes, for any kind. */
export function DownloadOriginal({ api, item, fileName }: { api: LockerApi; item: Evidence; fileName: string }) {
  const url = useObjectUrl(api, item.id);
  if (!url) return null;
  return (
    <a className="button" href={url} download={fileName}>
      Download the original
    </a>
  );
}
