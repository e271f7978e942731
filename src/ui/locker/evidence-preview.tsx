import type { Evidence } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { formatBytes, itemName, kindLabel, previewKind } from './labels';
import type { LockerApi } from './locker-api';
import { useObjectUrl } from './use-object-url';

/**
 * The item itself: an image or video from its stored bytes, a quote or link as text (never as
 * HTML), other files (page snapshots, PDFs) by name and size. `full` is the size of the viewer.
 */
export function EvidencePreview({ api, item, full = false }: { api: LockerApi; item: Evidence; full?: boolean }) {
  const m = useMessages();
  const { t, locale } = m;
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
    return <div className={className}>{url ? <img src={url} alt={`${kindLabel(m, item.kind)}: ${itemName(m, item)}`} loading="lazy" /> : <span className="muted">{t('lockerLoading')}</span>}</div>;
  }
  if (kind === 'video') {
    return (
      <div className={className}>
        {url ? <video src={url} controls={full} muted={!full} preload="metadata" aria-label={t('lockerVideo', { name: itemName(m, item) })} /> : <span className="muted">{t('lockerLoading')}</span>}
      </div>
    );
  }
  return (
    <div className={`${className} preview--file`}>
      <p>{item.kind === 'page-snapshot' ? t('lockerSnapshotHint') : itemName(m, item)}</p>
      <p className="muted">
        {item.mime}, {formatBytes(item.size, locale)}
      </p>
    </div>
  );
}

/** A download link to the original bytes, for any kind. */
export function DownloadOriginal({ api, item, fileName }: { api: LockerApi; item: Evidence; fileName: string }) {
  const { t } = useMessages();
  const url = useObjectUrl(api, item.id);
  if (!url) return null;
  return (
    <a className="button" href={url} download={fileName}>
      {t('lockerDownloadOriginal')}
    </a>
  );
}
