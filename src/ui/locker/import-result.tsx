import { caseLabel } from './labels';
import type { ImportOutcome, LockerCaseView } from './locker-api';

/** What an import did: items added per case, items already there, and every problem by name. */
export function ImportResult({ fileName, outcome, cases }: { fileName: string; outcome: ImportOutcome; cases: readonly LockerCaseView[] }) {
  const added = outcome.added.reduce((n, a) => n + a.count, 0);
  const nameOf = (key: string) => {
    const found = cases.find((c) => c.key === key);
    return found ? caseLabel(found) : key;
  };
  return (
    <section className={`notice ${outcome.problems.length ? 'notice--warn' : 'notice--info'}`} aria-label={`Import of ${fileName}`}>
      <h2>Import of {fileName}</h2>
      <p>
        {outcome.kind === 'unknown' ? 'Not a ClaimKit case or backup. ' : ''}
        {added} {added === 1 ? 'item' : 'items'} added
        {outcome.added.filter((a) => a.count > 0).length > 0 && ` (${outcome.added.filter((a) => a.count > 0).map((a) => `${a.count} to ${nameOf(a.caseKey)}`).join(', ')})`}
        {outcome.alreadyHad > 0 && `; ${outcome.alreadyHad} already in the locker`}.
        {outcome.problems.length === 0 ? ' Every file matched its recorded SHA-256.' : ` ${outcome.problems.length} ${outcome.problems.length === 1 ? 'problem' : 'problems'}: files named below were not imported or do not match.`}
      </p>
      {outcome.problems.length > 0 && (
        <ul aria-label="Import problems">
          {outcome.problems.map((problem, i) => (
            <li key={i} className="wrap">
              {problem}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
