import { TZDate } from '@date-fns/tz';

export interface QuietHours {
  /** Local hour (0–23) quiet time starts. */
  from: number;
  /** Local hour (0–23) it ends; may be smaller than `from` (22 → 8 spans midnight). */
  to: number;
}

function isQuietHour(hour: number, quiet: QuietHours): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}

/**
 * Moves a reminder out of quiet hours: to the end of them, unless that would be after the deadline
 * itself; then to just before they began (a reminder late at night beats a missed deadline).
 */
export function outsideQuietHours(when: number, dueAt: number, quiet: QuietHours | null, timeZone: string): number {
  if (!quiet) return when;
  const local = new TZDate(when, timeZone);
  if (!isQuietHour(local.getHours(), quiet)) return when;
  const end = new TZDate(local, timeZone);
  end.setHours(quiet.to, 0, 0, 0);
  if (end.getTime() <= when) end.setDate(end.getDate() + 1);
  if (end.getTime() < dueAt) return end.getTime();
  const start = new TZDate(local, timeZone);
  start.setHours(quiet.from, 0, 0, 0);
  if (start.getTime() > when) start.setDate(start.getDate() - 1);
  return start.getTime() - 60_000;
}
