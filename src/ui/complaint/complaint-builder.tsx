import { useId, useRef, useState } from 'react';
import { buildComplaint, channelLimit, checkCompleteness, checkTone } from '../../core/complaint';
import type { Deadline } from '../../model/deadline';
import type { Evidence } from '../../model/evidence';
import type { Order } from '../../model/order';
import { sendMessage } from '../../platform/messaging';
import { openOwnPage } from '../../platform/tabs';
import { useMessages } from '../i18n/use-messages';
import { ComplaintChecks, type FixActions } from './complaint-checks';
import { ComplaintFields } from './complaint-fields';
import { ComplaintOutput } from './complaint-output';
import { complaintInput, defaultFields, draftFromFields, fieldsFromDraft, orderCurrency, pageWords, type DraftFields } from './draft-fields';
import { useDraftAutosave, useDraftLoad, type DraftLoad, type SaveState } from './use-draft';
import { useOrderEvidence } from './use-order-evidence';
import './complaint.css';

export interface ComplaintBuilderProps {
  order: Order;
  /** The order's deadlines (the popup has them in its TabState): the check warns when one is near or gone. */
  deadlines: readonly Deadline[];
  /** The tab to capture from and paste into; null where there is none (the locker). */
  tabId: number | null;
  timeZone: string;
  /** 'popup': one narrow column; 'page': the locker's roomier two-column version. */
  variant?: 'popup' | 'page';
}

/**
 * The complaint builder (issue #6): reason, outcome, incident date, facts, channel and language in;
 * the complaint out, built by core/complaint from the stored order and its evidence, with the
 * completeness and tone checks, Copy, Paste into the page, and a draft per order that is saved as
 * the user types and reloaded when the builder opens again.
 */
export function ComplaintBuilder({ order, deadlines, tabId, timeZone, variant = 'popup' }: ComplaintBuilderProps) {
  const { t } = useMessages();
  const headingId = useId();
  const load = useDraftLoad(order.key);
  const evidence = useOrderEvidence(order.key);
  return (
    <section
      className={`card complaint complaint--${variant}`}
      aria-labelledby={headingId}
      // Evidence may have been added elsewhere (the capture buttons above, the locker): list it again on return.
      onFocus={evidence.refreshIfStale}
    >
      <h2 id={headingId}>{t('complaintTitle')}</h2>
      {(load.status === 'loading' || !evidence.loaded) && <p className="muted">{t('complaintLoading')}</p>}
      {load.status === 'error' && (
        <p role="alert" className="notice notice--error">
          {t('complaintLoadFailed', { error: load.error })}
        </p>
      )}
      {load.status === 'ready' && evidence.loaded && (
        <ComplaintEditor
          key={order.key}
          loaded={load}
          order={order}
          deadlines={deadlines}
          tabId={tabId}
          timeZone={timeZone}
          variant={variant}
          evidence={evidence.evidence}
          evidenceError={evidence.error}
          refreshEvidence={evidence.refresh}
        />
      )}
    </section>
  );
}

interface EditorProps extends Required<ComplaintBuilderProps> {
  loaded: Extract<DraftLoad, { status: 'ready' }>;
  evidence: readonly Evidence[];
  evidenceError: string | null;
  refreshEvidence: () => Promise<void>;
}

function ComplaintEditor({ loaded, order, deadlines, tabId, timeZone, variant, evidence, evidenceError, refreshEvidence }: EditorProps) {
  const { t, tn } = useMessages();
  const currency = orderCurrency(order);
  const [fields, setFields] = useState<DraftFields>(() =>
    loaded.draft ? fieldsFromDraft(loaded.draft, channelLimit(loaded.draft.channel, order.marketplace).chars) : defaultFields(order, loaded.language),
  );
  const [edited, setEdited] = useState(false);
  const [capture, setCapture] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const amountRef = useRef<HTMLInputElement>(null);

  const now = new Date();
  const input = complaintInput(fields, { order, evidence, contact: loaded.contact, now, timeZone });
  const built = buildComplaint(input);
  const limit = channelLimit(fields.channel, order.marketplace);
  const text = built.short !== null && !fields.preferFull ? built.short : built.text;
  const warnings = checkCompleteness({ ...input, deadlines });
  // Titles and the seller's name are the page's words, not the user's: "XIAOMI" is not shouting.
  const tone = checkTone(fields.facts, fields.language, { ignore: pageWords(order) });
  const saveState = useDraftAutosave(draftFromFields(order.key, fields, currency, text), edited || loaded.draft !== null, loaded.draft);

  const change = (patch: Partial<DraftFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    setEdited(true);
  };

  const actions: FixActions = {
    busy: capture.busy,
    capture:
      tabId === null
        ? undefined
        : () => {
            setCapture({ busy: true, error: null });
            sendMessage('evidence/capture', { tabId, mode: 'visible' })
              .then(() => refreshEvidence())
              .then(
                () => setCapture({ busy: false, error: null }),
                (e: unknown) => setCapture({ busy: false, error: e instanceof Error ? e.message : String(e) }),
              );
          },
    openLocker: variant === 'popup' ? () => void openOwnPage('locker') : undefined,
    openOptions: () => void openOwnPage('options'),
    editAmount: () => amountRef.current?.focus(),
  };

  return (
    <div className="complaint-body">
      <div className="complaint-input">
        <ComplaintFields fields={fields} onChange={change} currency={currency} today={dayIn(now, timeZone)} amountRef={amountRef} variant={variant} />
        <p className="muted complaint-evidence-count">
          {tn('complaintEvidenceCount', evidence.length)}
          {capture.busy && ` ${t('complaintCapturing')}`}
        </p>
        {(capture.error ?? evidenceError) && (
          <p role="alert" className="notice notice--error">
            {capture.error ?? t('complaintEvidenceFailed', { error: evidenceError ?? '' })}
          </p>
        )}
        <ComplaintChecks warnings={warnings} tone={tone} actions={actions} />
      </div>
      <div className="complaint-result">
        <ComplaintOutput
          built={built}
          limit={limit}
          text={text}
          preferFull={fields.preferFull}
          onPreferFull={(full) => change({ preferFull: full })}
          language={fields.language}
          tabId={tabId}
          variant={variant}
        />
        <SaveNote state={saveState} />
      </div>
    </div>
  );
}

/** Not a live region: "saved" after every pause in typing would be read out again and again. */
function SaveNote({ state }: { state: SaveState }) {
  const { t } = useMessages();
  if (state.status === 'failed')
    return (
      <p role="alert" className="notice notice--error">
        {t('complaintSaveFailed', { error: state.error })}
      </p>
    );
  const text = t(({ idle: 'complaintSaveIdle', saving: 'complaintSaving', saved: 'complaintSaved' } as const)[state.status]);
  return <p className="muted complaint-save">{text}</p>;
}

/** "YYYY-MM-DD" of `now` in the user's zone (the date input's format). */
function dayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
