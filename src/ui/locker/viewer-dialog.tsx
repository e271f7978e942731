import { useEffect, useRef } from 'react';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { DownloadOriginal, EvidencePreview } from './evidence-preview';
import { formatBytes, formatNumber, isWebUrl, itemName, kindLabel } from './labels';
import type { LockerApi } from './locker-api';

interface Props {
  api: LockerApi;
  item: Evidence;
  timeZone: string;
  onClose: () => void;
}

/**
 * The full-size view: a modal <dialog>, so focus stays inside, Escape closes it (the browser's own
 * behaviour) and focus goes back to the button that opened it.
 */
interface Fact {
  label: string;
  value: string | undefined;
  /** A web address, shown as a link when it is one. */
  link?: boolean;
  mono?: boolean;
}

export function ViewerDialog({ api, item, timeZone, onClose }: Props) {
  const m = useMessages();
  const { t, locale } = m;
  const name = itemName(m, item);
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
  const pixels = item.width && item.height ? t('lockerPixels', { width: formatNumber(item.width, locale), height: formatNumber(item.height, locale) }) : null;
  const facts: Fact[] = [
    { label: t('lockerFactKind'), value: kindLabel(m, item.kind) },
    { label: t('lockerFactCaptured'), value: formatInstant(item.capturedAt, locale, timeZone) },
    { label: t('lockerFactPage'), value: item.url, link: true },
    { label: t('lockerFactSource'), value: item.sourceUrl, link: true },
    { label: t('lockerFactPageTitle'), value: item.pageTitle },
    { label: t('lockerFactFileName'), value: item.fileName },
    { label: t('lockerFactSize'), value: [formatBytes(item.size, locale), pixels].filter(Boolean).join(', ') },
    { label: 'SHA-256', value: item.sha256, mono: true },
    { label: t('lockerFactNote'), value: item.note || undefined },
  ];
  return (
    <dialog ref={ref} className="viewer" aria-label={`${kindLabel(m, item.kind)}: ${name}`} onClose={onClose}>
      <div className="viewer-bar">
        <h2>{name}</h2>
        <DownloadOriginal api={api} item={item} fileName={item.fileName ?? `${item.id}`} />
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('lockerClose')}
        </button>
      </div>
      <EvidencePreview api={api} item={item} full />
      <dl className="facts">
        {facts.map(({ label, value, link, mono }) =>
          value ? (
            <div className="fact" key={label}>
              <dt>{label}</dt>
              <dd className={mono ? 'mono' : undefined}>
                {link && isWebUrl(value) ? (
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
