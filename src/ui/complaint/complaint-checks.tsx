import type { Bilingual, ToneIssue, Warning } from '../../core/complaint';
import { TONE_KIND_LABEL } from './labels';

/** What the builder can do for a warning; an action that is absent gets no button (the text says how). */
export interface FixActions {
  /** Capture the visible area of the popup's tab (only when there is a tab). */
  capture?: () => void;
  /** Open the evidence locker, where the user adds own photos and videos. */
  openLocker?: () => void;
  openOptions?: () => void;
  editAmount?: () => void;
  /** A capture is running: its buttons wait. */
  busy: boolean;
}

interface Fix {
  label: string;
  run: () => void;
}

function fixesFor(warning: Warning, actions: FixActions): Fix[] {
  const fixes: (Fix | null)[] = [];
  const capture = actions.capture ? { label: 'Capture the order page', run: actions.capture } : null;
  const locker = actions.openLocker ? { label: 'Add photos in the locker', run: actions.openLocker } : null;
  switch (warning.fix) {
    case 'capture-order-page':
      fixes.push(capture);
      break;
    case 'add-evidence':
      // Screenshots of the page do not show the item: only "no evidence at all" is helped by one.
      if (warning.code === 'no-evidence') fixes.push(capture);
      fixes.push(locker);
      break;
    case 'edit-contact':
      fixes.push(actions.openOptions ? { label: 'Add contact details', run: actions.openOptions } : null);
      break;
    case 'edit-amount':
      fixes.push(actions.editAmount ? { label: 'Edit the amount', run: actions.editAmount } : null);
      break;
    default:
      break;
  }
  return fixes.filter((f): f is Fix => f !== null);
}

/**
 * The completeness warnings (most serious first, each saying how to fix it, with a button where
 * ClaimKit can do the fix) and the tone issues in the user's own words with a neutral suggestion.
 * Everything is rendered as text.
 */
export function ComplaintChecks({
  warnings,
  tone,
  uiLanguage,
  actions,
}: {
  warnings: readonly Warning[];
  tone: readonly ToneIssue[];
  uiLanguage: keyof Bilingual;
  actions: FixActions;
}) {
  if (warnings.length === 0 && tone.length === 0)
    return (
      <p className="complaint-ok" data-testid="complaint-checks-ok">
        Complete: the order, the proof and the request are all there, and the tone is factual.
      </p>
    );
  return (
    <div className="complaint-checks">
      {warnings.length > 0 && (
        <ul className="complaint-warnings" aria-label="Before you send">
          {warnings.map((w) => (
            <li key={w.code} className={`notice ${w.severity === 'error' ? 'notice--error' : 'notice--warn'}`} data-testid="complaint-warning">
              <strong>{w.severity === 'error' ? 'Fix before sending: ' : 'Worth fixing: '}</strong>
              {w.message[uiLanguage]}
              {fixesFor(w, actions).map((fix) => (
                <button key={fix.label} type="button" className="button button--small complaint-fix" disabled={actions.busy} onClick={fix.run}>
                  {fix.label}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
      {tone.length > 0 && (
        <div className="notice notice--warn" data-testid="complaint-tone">
          <strong>Tone: support staff decide on facts, so keep to them.</strong>
          <ul className="complaint-tone">
            {tone.map((issue) => (
              <li key={`${issue.index}-${issue.kind}`}>
                “{issue.match}” {TONE_KIND_LABEL[issue.kind]}. {issue.suggestion}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
