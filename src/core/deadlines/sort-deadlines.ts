import type { Confidence, Deadline } from '../../model/deadline';

const STRENGTH: Record<Confidence, number> = { page: 0, documented: 1, reported: 2, unsure: 3 };

/** Soonest first; on a tie the surer one first, then by id, so the order never flickers between renders. */
export function sortDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return [...deadlines].sort(
    (a, b) =>
      Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
      STRENGTH[a.confidence] - STRENGTH[b.confidence] ||
      a.id.localeCompare(b.id),
  );
}
