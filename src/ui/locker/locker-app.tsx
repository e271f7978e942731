import { useId, useState } from 'react';
import { evidenceKindSchema, type Evidence, type EvidenceKind } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { CaseSection } from './case-section';
import { FileButton } from './file-button';
import { ImportResult } from './import-result';
import { caseLabel, formatBytes, formatDuration, kindLabel } from './labels';
import type { AddFailure, ExportedZip, ImportOutcome, LockerApi } from './locker-api';
import { UNASSIGNED } from './locker-api';
import { saveBlob } from './save-file';
import { StorageBar } from './storage-bar';
import { TechnicalDetails } from './technical-details';
import { UndoBar } from './undo-bar';
import { useLocker } from './use-locker';
import { ViewerDialog } from './viewer-dialog';

const MEDIA = 'image/*,video/*';

/** The evidence locker: every case with its evidence, filters, add, export, import, custody logs. */
export function LockerApp({ api, timeZone }: { api: LockerApi; timeZone: string }) {
  const m = useMessages();
  const { t, tn, locale } = m;
  const locker = useLocker(api, m);
  const { cases, act, say } = locker;
  const [caseFilter, setCaseFilter] = useState('all');
  const [kind, setKind] = useState<EvidenceKind | 'all'>('all');
  const [addTo, setAddTo] = useState(UNASSIGNED);
  const [viewing, setViewing] = useState<Evidence | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<{ message: string; proceed: () => Promise<void> } | null>(null);
  const [imported, setImported] = useState<{ fileName: string; outcome: ImportOutcome } | null>(null);
  const confirmId = useId();

  /** Warns first when storage is nearly full (issue 4: warn before adding, never lose items). */
  async function guarded(bytes: number, proceed: () => Promise<void>) {
    const warning = await api.warnBeforeAdding(bytes).catch(() => null);
    const size = (n: number) => formatBytes(n, locale);
    if (warning) setConfirm({ message: t('lockerLowSpace', { adding: size(bytes), left: size(Math.max(0, warning.left)), quota: size(warning.quota) }), proceed });
    else await proceed();
  }

  const addFiles = (files: File[], caseKey: string) =>
    guarded(
      files.reduce((n, f) => n + f.size, 0),
      () =>
        act(null, async () => {
          const { added, failed } = await api.addFiles(files, caseKey === UNASSIGNED ? null : caseKey);
          const target = cases?.find((c) => c.key === caseKey);
          const failure = (f: AddFailure) => t('lockerFailedFile', { name: f.name, reason: f.code === 'storage-full' ? t('lockerErrorStorageFull') : f.reason });
          say(
            added.length ? t('lockerAdded', { files: tn('lockerFileCount', added.length), case: target ? caseLabel(m, target) : caseKey }) : null,
            failed.length ? t('lockerNotAdded', { list: failed.map(failure).join('; ') }) : null,
          );
        }),
    );

  async function exportZip(what: () => Promise<ExportedZip>) {
    setBusy(true);
    await act(null, async () => {
      const result = await what();
      saveBlob(result.blob, result.fileName);
      const seconds = Math.max(result.ms, 1) / 1000;
      // "MB/s" from a message, not Intl's megabyte-per-second: CLDR's Russian writes it "МБ/c" with a Latin c.
      const speed = t('lockerSpeed', { size: formatBytes(result.blob.size / seconds, locale) });
      say(
        t('lockerExported', {
          file: result.fileName,
          items: tn('lockerItemCount', result.items),
          size: formatBytes(result.blob.size, locale),
          took: formatDuration(result.ms, locale),
          speed,
        }),
      );
    });
    setBusy(false);
  }

  const importFile = (file: File) =>
    guarded(file.size, () =>
      act(null, async () => {
        const outcome = await api.importArchive(new Uint8Array(await file.arrayBuffer()), file.name);
        setImported({ fileName: file.name, outcome });
        say(t('lockerImported', { file: file.name }));
      }),
    );

  if (!cases) return <main className="locker">{locker.feedback.alert ? <p role="alert" className="notice notice--error">{locker.feedback.alert}</p> : <p>{t('lockerOpening')}</p>}</main>;
  const shown = cases.filter((c) => (caseFilter === 'all' ? kind === 'all' || c.evidence.some((e) => e.kind === kind) : c.key === caseFilter));
  const total = cases.reduce((n, c) => n + c.evidence.length, 0);
  const withEvidence = cases.filter((c) => c.evidence.length > 0).length;

  return (
    <main
      className="locker"
      // A file dropped outside any case goes to the "Add to" case, rather than the browser
      // opening it in place of the locker.
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        if (e.dataTransfer.files.length > 0) void addFiles([...e.dataTransfer.files], addTo);
      }}
    >
      <header className="locker-head">
        <div>
          <h1>{t('lockerTitle')}</h1>
          <p className="muted">{t('lockerSummary', { items: tn('lockerItemCount', total), cases: tn('lockerInCases', withEvidence) })}</p>
        </div>
        <StorageBar {...locker.storage} />
      </header>

      {/* A group, not role="toolbar": a toolbar promises arrow-key navigation between its controls. */}
      <div className="toolbar" role="group" aria-label={t('lockerActions')}>
        <label className="inline">
          {t('lockerAddTo')}
          <select value={addTo} onChange={(e) => setAddTo(e.target.value)}>
            {cases.map((c) => (
              <option key={c.key} value={c.key}>
                {caseLabel(m, c)}
              </option>
            ))}
          </select>
        </label>
        <FileButton label={t('lockerAddMedia')} accept={MEDIA} multiple onFiles={(files) => void addFiles(files, addTo)} />
        <button type="button" className="button" disabled={busy || total === 0} onClick={() => void exportZip(() => api.exportEverything())}>
          {t('lockerExportEverything')}
        </button>
        <FileButton label={t('lockerImport')} accept=".zip,application/zip" onFiles={([file]) => file && void importFile(file)} />
      </div>

      <div className="filters" role="group" aria-label={t('lockerFilters')}>
        <label className="inline">
          {t('lockerFilterOrder')}
          <select
            value={caseFilter}
            onChange={(e) => {
              setCaseFilter(e.target.value);
              // Looking at one case: new files most likely belong to it.
              if (e.target.value !== 'all') setAddTo(e.target.value);
            }}
          >
            <option value="all">{t('lockerAllCases')}</option>
            {cases.map((c) => (
              <option key={c.key} value={c.key}>
                {t('lockerCaseOption', { case: caseLabel(m, c), count: c.evidence.length })}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('lockerFilterKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value === 'all' ? 'all' : evidenceKindSchema.parse(e.target.value))}>
            <option value="all">{t('lockerAllKinds')}</option>
            {evidenceKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {kindLabel(m, k)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div aria-live="polite">
        {locker.feedback.status && <p role="status">{locker.feedback.status}</p>}
      </div>
      {locker.feedback.alert && (
        <p role="alert" className="notice notice--error">
          {locker.feedback.alert}
        </p>
      )}
      {locker.broken.length > 0 && (
        <div className="notice notice--warn">
          <p>{t('lockerBrokenRecords')}</p>
          <TechnicalDetails items={locker.broken.map((b) => `${b.store} ${b.key}: ${b.reason}`)} />
        </div>
      )}
      {confirm && (
        <div role="alertdialog" aria-label={t('lockerStorageNearlyFull')} aria-describedby={confirmId} className="notice notice--warn">
          <p id={confirmId}>{confirm.message}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void confirm.proceed().finally(() => setConfirm(null))}>
              {t('lockerAddAnyway')}
            </button>
            <button type="button" className="button" onClick={() => setConfirm(null)} autoFocus>
              {t('lockerCancel')}
            </button>
          </div>
        </div>
      )}
      {imported && <ImportResult fileName={imported.fileName} outcome={imported.outcome} cases={cases} />}

      {shown.length === 0 && <p className="muted">{t('lockerNothingMatches')}</p>}
      {shown.map((c) => (
        <CaseSection
          key={c.key}
          api={api}
          lockerCase={c}
          cases={cases}
          kind={kind}
          version={locker.version}
          timeZone={timeZone}
          busy={busy}
          act={act}
          onView={setViewing}
          onDelete={(item) => void locker.remove(item)}
          onExport={(key) => void exportZip(() => api.exportCaseZip(key))}
          onDropFiles={(files, key) => void addFiles(files, key)}
        />
      ))}

      {viewing && <ViewerDialog api={api} item={viewing} timeZone={timeZone} onClose={() => setViewing(null)} />}
      <UndoBar undos={locker.undos} onUndo={(item) => void locker.undo(item)} />
    </main>
  );
}
