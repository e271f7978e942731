import type { Deadline } from '../../model/deadline';

/** Deadlines not yet passed at `now` (one due this very millisecond is still open). Keeps the input order. */
export function openDeadlines(deadlines: readonly Deadline[], now: Date): Deadline[] {
  return deadlines.filter((d) => Date.parse(d.dueAt) >= now.getTime());
}

/** Deadlines already passed at `now`, for the "missed" part of the ladder. */
export function missedDeadlines(deadlines: readonly Deadline[], now: Date): Deadline[] {
  return deadlines.filter((d) => Date.parse(d.dueAt) < now.getTime());
}

/** The soonest deadline still open, whatever order the input is in; undefined when none is. */
export function nextDeadline(deadlines: readonly Deadline[], now: Date): Deadline | undefined {
  return openDeadlines(deadlines, now).reduce<Deadline | undefined>(
    (best, d) => (best === undefined || Date.parse(d.dueAt) < Date.parse(best.dueAt) ? d : best),
    undefined,
  );
}
