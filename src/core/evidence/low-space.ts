const MB = 1024 * 1024;
// Warn while there is still room to export and clean up: 5% of the quota, and never under 50 MB.
export const LOW_SPACE_FRACTION = 0.05;
export const LOW_SPACE_BYTES = 50 * MB;

/** What the UI words in the user's language (popup, locker): the bytes left after adding, of the quota. */
export interface LowSpace {
  left: number;
  quota: number;
}

/**
 * A warning when adding `bytes` would leave less than 5% of the quota or less than 50 MB; null
 * when there is room, or when the browser gives no estimate (then the write itself will tell).
 */
export function lowSpaceWarning(usage: number, quota: number, bytes: number): LowSpace | null {
  if (quota <= 0) return null;
  const left = quota - usage - bytes;
  if (left >= Math.max(quota * LOW_SPACE_FRACTION, LOW_SPACE_BYTES)) return null;
  return { left, quota };
}
