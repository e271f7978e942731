import { useEffect, useRef } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence } from '../../model/evidence';
import { DownloadOriginal, EvidencePreview } from './evidence-preview';
import { formatBytes, isWebUrl, itemName, KIND_LABEL } from './labels';
import type { LockerApi } from './locker-api';

interface Props {
  api: LockerApi;
  item: Evidence;
  locale: string;
  timeZone: string;
  onClose: () => void;
}

/**
 * The full-size view: a modal <dialog>, so focus stays inside, Escape closes it (the browser's own
 * behaviour) and focus goes back to the button that opened it.
 */
export function ViewerDialog({ api, item, locale, timeZone, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);
  const facts: [string, string | undefined][] = [
    ['Kind', KIND_LABEL[item.kind]],
    ['Captured', formatInstant(item.capturedAt, locale, timeZone)],
    ['Page', item.url],
    ['Source', item.sourceUrl],
    ['Page title', item.pageTitle],
    ['File name', item.fileName],
    ['Size', `${formatBytes(item.size)}${item.width && item.height ? `, ${item.width} × ${item.height} px` : ''}`],
    ['SHA-256', item.sha256],
    ['Note', item.note || undefined],
  ];
  return (
    <dialog ref={ref} className="viewer" aria-label={`${KIND_LABEL[item.kind]}: ${itemName(item)}`} onClose={onClose}>
      <div className="viewer-bar">
        <h2>{itemName(item)}</h2>
        <DownloadOriginal api={api} item={item} fileName={item.fileName ?? `${item.id}`} />
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <EvidencePreview api={api} item={item} full />
      <dl className="facts">
        {facts.map(([label, value]) =>
          value ? (
            <div className="fact" key={label}>
              <dt>{label}</dt>
              <dd className={label === 'SHA-256' ? 'mono' : undefined}>
                {(label === 'Page' || label === 'Source') && isWebUrl(value) ? (
                  <a href={value} target="_blank" rel="noreferrer noopener">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </dialog>
  );
}
