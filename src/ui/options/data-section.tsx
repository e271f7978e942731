import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '../../core/format/format-quantity';
import { saveBlob } from '../locker/save-file';
import { useMessages } from '../i18n/use-messages';
import type { DataApi } from './data-api';

type Work = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * Storage used, "export everything" and "delete everything". Deleting asks first, in words that
 * say what goes and that it cannot be undone; the focus starts on Cancel, so Enter does no harm.
 */
export function DataSection({ data }: { data: DataApi }) {
  const { t, tn, locale } = useMessages();
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [exporting, setExporting] = useState<Work>({ kind: 'idle' });
  const [deleting, setDeleting] = useState<Work>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);

  const refreshUsage = () => void data.storageInfo().then(setUsage, () => setUsage(null));
  useEffect(refreshUsage, [data]);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Into the question: focus on Cancel. Out of it: back to the button that asked (enabled again by now).
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function exportAll() {
    setExporting({ kind: 'busy' });
    try {
      const zip = await data.exportEverything();
      saveBlob(zip.blob, zip.fileName);
      setExporting({ kind: 'done', text: t('dataExported', { file: zip.fileName, count: tn('dataItems', zip.items) }) });
    } catch (error) {
      setExporting({ kind: 'failed', text: t('dataExportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  async function deleteAll() {
    setConfirming(false);
    setDeleting({ kind: 'busy' });
    try {
      const deleted = await data.deleteEverything();
      setDeleting({ kind: 'done', text: t('dataDeleted', { orders: tn('dataOrders', deleted.orders), evidence: tn('dataItems', deleted.evidence) }) });
      refreshUsage();
    } catch (error) {
      setDeleting({ kind: 'failed', text: t('dataDeleteFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <section className="card options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataTitle')}</h2>
      <p className="muted">{t('dataNote')}</p>
      <p>
        {usage
          ? t('dataUsage', { used: formatBytes(usage.usage, locale), quota: formatBytes(usage.quota, locale) })
          : t('dataUsageUnknown')}
      </p>
      <div className="row">
        <button type="button" className="button" disabled={exporting.kind === 'busy'} onClick={() => void exportAll()}>
          {exporting.kind === 'busy' ? t('dataExporting') : t('dataExport')}
        </button>
        <button ref={askRef} type="button" className="button button--danger" disabled={confirming} aria-disabled={deleting.kind === 'busy'} onClick={() => deleting.kind !== 'busy' && setConfirming(true)}>
          {t('dataDelete')}
        </button>
      </div>
      <p role="status" className={exporting.kind === 'failed' ? 'notice notice--error' : 'muted'}>
        {exporting.kind === 'done' || exporting.kind === 'failed' ? exporting.text : ''}
      </p>
      {confirming && (
        <div role="alertdialog" aria-modal="false" aria-labelledby="delete-ask" aria-describedby="delete-what" className="notice notice--warn confirm">
          <p id="delete-ask">
            <strong>{t('dataDeleteAsk')}</strong>
          </p>
          <p id="delete-what">{t('dataDeleteWhat')}</p>
          <div className="row">
            <button ref={cancelRef} type="button" className="button" onClick={() => setConfirming(false)}>
              {t('dataDeleteCancel')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void deleteAll()}>
              {t('dataDeleteConfirm')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={deleting.kind === 'failed' ? 'notice notice--error' : 'muted'}>
        {deleting.kind === 'busy' ? t('dataDeleting') : deleting.kind === 'done' || deleting.kind === 'failed' ? deleting.text : ''}
      </p>
    </section>
  );
}
