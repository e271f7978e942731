/**
 * Alarm names carry what a reminder is about, so an alarm that fires after a service-worker
 * restart needs no other state: "ck-remind/<lead minutes>/<deadline id>/<order key>".
 */
const PREFIX = 'ck-remind';
/** A reminder the user snoozed: planned by hand, so re-planning never clears it. */
const SNOOZE_PREFIX = 'ck-snooze';

export interface ReminderRef {
  orderKey: string;
  deadlineId: string;
  /** Minutes before the deadline; 0 for a snoozed or immediate reminder. */
  leadMinutes: number;
}

export function reminderName(ref: ReminderRef, snoozed = false): string {
  const prefix = snoozed ? SNOOZE_PREFIX : PREFIX;
  return [prefix, String(ref.leadMinutes), encodeURIComponent(ref.deadlineId), encodeURIComponent(ref.orderKey)].join('/');
}

/** The reminder an alarm name stands for, or null for any other alarm (never throws). */
export function parseReminderName(name: string): ReminderRef | null {
  const parts = name.split('/');
  if (parts.length !== 4 || (parts[0] !== PREFIX && parts[0] !== SNOOZE_PREFIX)) return null;
  const leadMinutes = Number(parts[1]);
  if (!Number.isInteger(leadMinutes) || leadMinutes < 0) return null;
  try {
    const deadlineId = decodeURIComponent(parts[2]!);
    const orderKey = decodeURIComponent(parts[3]!);
    return deadlineId && orderKey ? { orderKey, deadlineId, leadMinutes } : null;
  } catch {
    return null;
  }
}

/** A planned (not snoozed) reminder alarm: the ones re-planning may clear. */
export function isReminderName(name: string): boolean {
  return name.startsWith(`${PREFIX}/`);
}
