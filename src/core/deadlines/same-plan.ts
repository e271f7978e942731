import type { Deadline } from '../../model/deadline';

const MINUTE_MS = 60_000;

/**
 * True when two deadline lists would plan the same reminders: the same deadlines (by id) due in the
 * same minute. A countdown read a second later ends a second later; no reminder moves for that, so
 * re-reading an unchanged page costs no re-plan of every order's alarms.
 */
export function samePlan(a: readonly Deadline[], b: readonly Deadline[]): boolean {
  if (a.length !== b.length) return false;
  const minute = (d: Deadline) => Math.round(Date.parse(d.dueAt) / MINUTE_MS);
  const due = new Map(a.map((d) => [d.id, minute(d)]));
  return b.every((d) => due.get(d.id) === minute(d));
}
