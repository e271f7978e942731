/** The browser refused to store more: nothing of the write was kept, everything earlier is intact. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(
      'ClaimKit could not save: the browser says its storage is full. Nothing was half-saved and your earlier evidence is intact. ' +
        'Export and delete old cases, or free some disk space, then try again.',
      { cause },
    );
  }
}

/** A stored record that no longer matches its schema: reported by name, skipped, never trusted. */
export interface BrokenRecord {
  store: string;
  key: string;
  reason: string;
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Turns a quota error into StorageFullError; other errors pass through unchanged. */
export function toStorageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError(error) : error;
}
