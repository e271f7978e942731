import { UserError } from '../../i18n/user-error';
import type { LockerMessages } from './labels';

/** Thrown by the page when an item to delete is already gone (another tab deleted it). */
export class ItemGoneError extends Error {
  override name = 'ItemGoneError';
}

/**
 * An error in the page's language. The ones the locker expects are told apart by their `name`
 * (see LockerApi); any other keeps its own words after a translated lead, so nothing is hidden.
 */
export function errorMessage(m: LockerMessages, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'StorageFullError') return m.t('lockerErrorStorageFull');
  if (name === 'UndoExpiredError') return m.t('lockerErrorUndoExpired');
  if (name === 'ItemGoneError') return m.t('lockerErrorGone');
  // The locker's own services word what went wrong (an export while evidence was being added).
  if (error instanceof UserError) return error.in(m.language);
  return m.t('lockerErrorUnexpected', { detail: error instanceof Error ? error.message : String(error) });
}
