import { lowSpaceWarning, type LowSpace } from '../core/evidence/low-space';

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

export type QuotaWarning = LowSpace;

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
    return lowSpaceWarning(usage, quota, bytes);
  }

  return { info, ensurePersisted, warnBeforeAdding };
}

