import { useMessages } from '../i18n/use-messages';

/**
 * Technical words the locker shows as they were written (check results from core/evidence, stored
 * records' schema errors): English, marked lang="en" so screen readers read them as English, and
 * said to be English on a page in another language.
 */
export function TechnicalDetails({ items, label, className }: { items: readonly string[]; label?: string; className?: string }) {
  const { t, language } = useMessages();
  if (items.length === 0) return null;
  return (
    <>
      {language !== 'en' && <p className="muted small">{t('lockerTechnicalInEnglish')}</p>}
      <ul lang="en" aria-label={label} className={className}>
        {items.map((item, i) => (
          <li key={i} className="wrap">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}
