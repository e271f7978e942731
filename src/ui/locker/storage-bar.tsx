import { useMessages } from '../i18n/use-messages';
import { formatBytes, formatPercent } from './labels';

// The meter turns amber and red at these shares (its low/high); the text says the same in words.
const FILLING_UP = 0.8;
const ALMOST_FULL = 0.95;

/** Storage used of the browser's quota for ClaimKit, and whether the browser promised to keep it. */
export function StorageBar({ usage, quota, persisted }: { usage: number; quota: number; persisted: boolean }) {
  const { t, locale } = useMessages();
  const share = quota > 0 ? usage / quota : 0;
  const used = formatBytes(usage, locale);
  const level = share >= ALMOST_FULL ? t('lockerStorageAlmostFull') : share >= FILLING_UP ? t('lockerStorageFillingUp') : null;
  return (
    <div className="storage">
      <label className="muted small" htmlFor="storage-meter">
        {quota > 0 ? t('lockerStorageUsedOf', { used, quota: formatBytes(quota, locale), percent: formatPercent(share, locale) }) : t('lockerStorageUsed', { used })}
      </label>
      <meter id="storage-meter" min={0} max={quota || 1} value={usage} low={(quota || 1) * FILLING_UP} high={(quota || 1) * ALMOST_FULL} optimum={0} />
      {level && <p className="small">{level}</p>}
      <p className="muted small">{persisted ? t('lockerStoragePersisted') : t('lockerStorageNotPersisted')}</p>
    </div>
  );
}
