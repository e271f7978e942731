const MB = 1024 * 1024;
// Warn while there is still room to export and clean up: 5% of the quota, and never under 50 MB.
export const LOW_SPACE_FRACTION = 0.05;
export const LOW_SPACE_BYTES = 50 * MB;

export interface LowSpace {
  left: number;
  quota: number;
  message: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / 1024 / MB).toFixed(1)} GB`;
}

/**
 * A warning when adding `bytes` would leave less than 5% of the quota or less than 50 MB; null
 * when there is room, or when the browser gives no estimate (then the write itself will tell).
 */
export function lowSpaceWarning(usage: number, quota: number, bytes: number): LowSpace | null {
  if (quota <= 0) return null;
  const left = quota - usage - bytes;
  if (left >= Math.max(quota * LOW_SPACE_FRACTION, LOW_SPACE_BYTES)) return null;
  return {
    left,
    quota,
    message:
      `Storage is nearly full: after adding ${formatBytes(bytes)} about ${formatBytes(Math.max(0, left))} of ${formatBytes(quota)} would be left. ` +
      'Export and delete old cases first, or add anyway. If the browser refuses, nothing you already saved is lost.',
  };
}
