import type { OrderField } from '../../model/order';
import { useMessages } from '../i18n/use-messages';

export function MissingFields({ missing }: { missing: readonly OrderField[] }) {
  const { t } = useMessages();
  if (missing.length === 0) return null;
  return (
    <div role="note" className="notice notice--warn" aria-label={t('missingTitle')}>
      <strong>{t('missingTitle')}:</strong> {missing.map((f) => t(`field_${f}`)).join(', ')}.
      <div className="muted">{t('missingHint')}</div>
    </div>
  );
}
