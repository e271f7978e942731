import { useMessages } from '../i18n/use-messages';
import { caseLabel } from './labels';
import type { ImportOutcome, LockerCaseView } from './locker-api';

/** What an import did: items added per case, items already there, and every problem by name. */
export function ImportResult({ fileName, outcome, cases }: { fileName: string; outcome: ImportOutcome; cases: readonly LockerCaseView[] }) {
  const m = useMessages();
  const { t, tn, language } = m;
  const added = outcome.added.reduce((n, a) => n + a.count, 0);
  const nameOf = (key: string) => {
    const found = cases.find((c) => c.key === key);
    return found ? caseLabel(m, found) : key;
  };
  const perCase = outcome.added.filter((a) => a.count > 0).map((a) => t('lockerImportAddedTo', { count: a.count, case: nameOf(a.caseKey) }));
  // Said in the page's language: the service's own findings. The check's findings (core/evidence) stay English.
  const ours = [...outcome.renamed.map((name) => t('lockerImportSameId', { name })), ...(outcome.storageFull ? [`${t('lockerErrorStorageFull')} ${t('lockerImportStorageFull')}`] : [])];
  const problemCount = ours.length + outcome.problems.length;
  const title = t('lockerImportOf', { file: fileName });
  return (
    <section className={`notice ${problemCount ? 'notice--warn' : 'notice--info'}`} aria-label={title}>
      <h2>{title}</h2>
      <p>
        {outcome.kind === 'unknown' ? `${t('lockerImportNotClaimKit')} ` : ''}
        {tn('lockerImportAdded', added)}
        {perCase.length > 0 && ` (${perCase.join(', ')})`}
        {outcome.alreadyHad > 0 && `; ${tn('lockerImportAlreadyHad', outcome.alreadyHad)}`}.{' '}
        {problemCount === 0 ? t('lockerImportAllMatched') : tn('lockerImportProblemCount', problemCount)}
      </p>
      {language !== 'en' && outcome.problems.length > 0 && <p className="muted small">{t('lockerTechnicalInEnglish')}</p>}
      {problemCount > 0 && (
        <ul aria-label={t('lockerImportProblems')}>
          {ours.map((problem, i) => (
            <li key={`ours-${i}`} className="wrap">
              {problem}
            </li>
          ))}
          {outcome.problems.map((problem, i) => (
            <li key={i} className="wrap" lang="en">
              {problem}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
