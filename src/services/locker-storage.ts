/** The part of `navigator.storage` the locker uses (a fake in tests). */
export interface StorageEstimator {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export interface StorageInfo {
  usage: number;
  /** 0 when the browser does not say. */
  quota: number;
  /** Whether the browser promised not to clear ClaimKit's data under disk pressure. */
  persisted: boolean;
}

export interface QuotaWarning {
  left: number;
  quota: number;
  message: string;
}

const MB = 1024 * 1024;
// Warn while there is still room to export and clean up: 5% of the quota, and never under 50 MB.
export const LOW_SPACE_FRACTION = 0.05;
export const LOW_SPACE_BYTES = 50 * MB;

/** Storage use and persistence; persistence is asked for at most once per page (browsers may prompt). */
export function createLockerStorage(storage: StorageEstimator) {
  let asked = false;

  async function info(): Promise<StorageInfo> {
    const { usage = 0, quota = 0 } = await storage.estimate();
    return { usage, quota, persisted: (await storage.persisted?.()) ?? false };
  }

  /** Asks the browser to keep ClaimKit's data under disk pressure; the answer is the browser's. */
  async function ensurePersisted(): Promise<boolean> {
    if ((await storage.persisted?.()) === true) return true;
    if (asked || !storage.persist) return false;
    asked = true;
    return storage.persist();
  }

  /**
   * A warning when adding `bytes` would leave less than 5% of the quota or less than 50 MB; null
   * when there is room, or when the browser gives no estimate (then the write itself will tell).
   */
  async function warnBeforeAdding(bytes: number): Promise<QuotaWarning | null> {
    const { usage = 0, quota = 0 } = await storage.estimate();
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

  return { info, ensurePersisted, warnBeforeAdding };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / 1024 / MB).toFixed(1)} GB`;
}
