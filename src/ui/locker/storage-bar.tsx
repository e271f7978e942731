import { formatBytes } from './labels';

/** Storage used of the browser's quota for ClaimKit, and whether the browser promised to keep it. */
export function StorageBar({ usage, quota, persisted }: { usage: number; quota: number; persisted: boolean }) {
  const share = quota > 0 ? usage / quota : 0;
  return (
    <div className="storage">
      <label className="muted small" htmlFor="storage-meter">
        Storage used: {formatBytes(usage)}
        {quota > 0 && ` of ${formatBytes(quota)} (${(share * 100).toFixed(share < 0.01 ? 2 : 0)}%)`}
      </label>
      <meter id="storage-meter" min={0} max={quota || 1} value={usage} low={(quota || 1) * 0.8} high={(quota || 1) * 0.95} optimum={0} />
      <p className="muted small">{persisted ? 'The browser keeps this data until you delete it.' : 'The browser may clear this data if the disk runs low: export your cases.'}</p>
    </div>
  );
}
