import { useState } from 'react';
import { evidenceKindSchema, type Evidence, type EvidenceKind } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { CaseSection } from './case-section';
import { FileButton } from './file-button';
import { ImportResult } from './import-result';
import { caseLabel, formatBytes, KIND_LABEL } from './labels';
import type { ExportedZip, ImportOutcome, LockerApi } from './locker-api';
import { UNASSIGNED } from './locker-api';
import { saveBlob } from './save-file';
import { StorageBar } from './storage-bar';
import { UndoBar } from './undo-bar';
import { useLocker } from './use-locker';
import { ViewerDialog } from './viewer-dialog';

const MEDIA = 'image/*,video/*';

/** The evidence locker: every case with its evidence, filters, add, export, import, custody logs. */
export function LockerApp({ api, timeZone }: { api: LockerApi; timeZone: string }) {
  const { locale } = useMessages();
  const locker = useLocker(api);
  const { cases, act, say } = locker;
  const [caseFilter, setCaseFilter] = useState('all');
  const [kind, setKind] = useState<EvidenceKind | 'all'>('all');
  const [addTo, setAddTo] = useState(UNASSIGNED);
  const [viewing, setViewing] = useState<Evidence | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<{ message: string; proceed: () => Promise<void> } | null>(null);
  const [imported, setImported] = useState<{ fileName: string; outcome: ImportOutcome } | null>(null);

  /** Warns first when storage is nearly full (issue 4: warn before adding, never lose items). */
  async function guarded(bytes: number, proceed: () => Promise<void>) {
    const warning = await api.warnBeforeAdding(bytes).catch(() => null);
    if (warning) setConfirm({ message: warning.message, proceed });
    else await proceed();
  }

  const addFiles = (files: File[], caseKey: string) =>
    guarded(
      files.reduce((n, f) => n + f.size, 0),
      () =>
        act(null, async () => {
          const { added, failed } = await api.addFiles(files, caseKey === UNASSIGNED ? null : caseKey);
          const target = cases?.find((c) => c.key === caseKey);
          say(
            added.length ? `Added ${added.length} ${added.length === 1 ? 'file' : 'files'} to ${target ? caseLabel(target) : caseKey}.` : null,
            failed.length ? `Not added: ${failed.map((f) => `${f.name} (${f.reason})`).join('; ')}` : null,
          );
        }),
    );

  async function exportZip(what: () => Promise<ExportedZip>) {
    setBusy(true);
    await act(null, async () => {
      const result = await what();
      saveBlob(result.blob, result.fileName);
      const seconds = Math.max(result.ms, 1) / 1000;
      const took = seconds < 1 ? `${Math.round(result.ms)} ms` : `${seconds.toFixed(1)} s`;
      const speed = (result.blob.size / 1024 / 1024 / seconds).toFixed(1);
      say(`Exported ${result.fileName}: ${result.items} ${result.items === 1 ? 'item' : 'items'}, ${formatBytes(result.blob.size)} in ${took} (${speed} MB/s).`);
    });
    setBusy(false);
  }

  const importFile = (file: File) =>
    guarded(file.size, () =>
      act(null, async () => {
        const outcome = await api.importArchive(new Uint8Array(await file.arrayBuffer()), file.name);
        setImported({ fileName: file.name, outcome });
        say(`Imported ${file.name}.`);
      }),
    );

  if (!cases) return <main className="locker">{locker.feedback.alert ? <p role="alert" className="notice notice--error">{locker.feedback.alert}</p> : <p>Opening the locker…</p>}</main>;
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
          <h1>Evidence locker</h1>
          <p className="muted">
            {total} {total === 1 ? 'item' : 'items'} in {withEvidence} {withEvidence === 1 ? 'case' : 'cases'}. Everything stays on this computer.
          </p>
        </div>
        <StorageBar {...locker.storage} />
      </header>

      <div className="toolbar" role="toolbar" aria-label="Locker actions">
        <label className="inline">
          Add to
          <select value={addTo} onChange={(e) => setAddTo(e.target.value)}>
            {cases.map((c) => (
              <option key={c.key} value={c.key}>
                {caseLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <FileButton label="Add photos or videos" accept={MEDIA} multiple onFiles={(files) => void addFiles(files, addTo)} />
        <button type="button" className="button" disabled={busy || total === 0} onClick={() => void exportZip(() => api.exportEverything())}>
          Export everything
        </button>
        <FileButton label="Import a case or backup" accept=".zip,application/zip" onFiles={([file]) => file && void importFile(file)} />
      </div>

      <div className="filters" role="group" aria-label="Filters">
        <label className="inline">
          Order
          <select
            value={caseFilter}
            onChange={(e) => {
              setCaseFilter(e.target.value);
              // Looking at one case: new files most likely belong to it.
              if (e.target.value !== 'all') setAddTo(e.target.value);
            }}
          >
            <option value="all">All cases</option>
            {cases.map((c) => (
              <option key={c.key} value={c.key}>
                {caseLabel(c)} ({c.evidence.length})
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value === 'all' ? 'all' : evidenceKindSchema.parse(e.target.value))}>
            <option value="all">All kinds</option>
            {evidenceKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
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
      {locker.broken.length > 0 && <p className="notice notice--warn">Some stored records are damaged and were skipped: {locker.broken.join('; ')}</p>}
      {confirm && (
        <div role="alertdialog" aria-label="Storage nearly full" className="notice notice--warn">
          <p>{confirm.message}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void confirm.proceed().finally(() => setConfirm(null))}>
              Add anyway
            </button>
            <button type="button" className="button" onClick={() => setConfirm(null)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
      {imported && <ImportResult fileName={imported.fileName} outcome={imported.outcome} cases={cases} />}

      {shown.length === 0 && <p className="muted">Nothing matches these filters.</p>}
      {shown.map((c) => (
        <CaseSection
          key={c.key}
          api={api}
          lockerCase={c}
          cases={cases}
          kind={kind}
          version={locker.version}
          locale={locale}
          timeZone={timeZone}
          busy={busy}
          act={act}
          onView={setViewing}
          onDelete={(item) => void locker.remove(item)}
          onExport={(key) => void exportZip(() => api.exportCaseZip(key))}
          onDropFiles={(files, key) => void addFiles(files, key)}
        />
      ))}

      {viewing && <ViewerDialog api={api} item={viewing} locale={locale} timeZone={timeZone} onClose={() => setViewing(null)} />}
      <UndoBar undos={locker.undos} onUndo={(item) => void locker.undo(item)} />
    </main>
  );
}
