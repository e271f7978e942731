import type { ToneIssue, Warning } from '../../core/complaint';
import type { Translator } from '../../i18n/translator';
import { useMessages } from '../i18n/use-messages';

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

function fixesFor(warning: Warning, actions: FixActions, t: Translator['t']): Fix[] {
  const fixes: (Fix | null)[] = [];
  const capture = actions.capture ? { label: t('complaintFixCapture'), run: actions.capture } : null;
  const locker = actions.openLocker ? { label: t('complaintFixLocker'), run: actions.openLocker } : null;
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
      fixes.push(actions.openOptions ? { label: t('complaintFixContact'), run: actions.openOptions } : null);
      break;
    case 'edit-amount':
      fixes.push(actions.editAmount ? { label: t('complaintFixAmount'), run: actions.editAmount } : null);
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
  actions,
}: {
  warnings: readonly Warning[];
  tone: readonly ToneIssue[];
  actions: FixActions;
}) {
  // The warnings come in both languages; the page's is shown.
  const { t, language } = useMessages();
  if (warnings.length === 0 && tone.length === 0)
    return (
      <p className="complaint-ok" data-testid="complaint-checks-ok">
        {t('complaintChecksOk')}
      </p>
    );
  return (
    <div className="complaint-checks">
      {warnings.length > 0 && (
        <ul className="complaint-warnings" aria-label={t('complaintChecksLabel')}>
          {warnings.map((w) => (
            <li key={w.code} className={`notice ${w.severity === 'error' ? 'notice--error' : 'notice--warn'}`} data-testid="complaint-warning">
              <strong>{w.severity === 'error' ? t('complaintMustFix') : t('complaintShouldFix')}</strong> {w.message[language]}
              {fixesFor(w, actions, t).map((fix) => (
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
          <strong>{t('complaintToneTitle')}</strong>
          <ul className="complaint-tone">
            {tone.map((issue) => (
              <li key={`${issue.index}-${issue.kind}`}>
                {t(`complaintTone_${issue.kind}`, { match: issue.match })} {issue.suggestion}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
