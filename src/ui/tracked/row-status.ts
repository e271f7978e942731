import { nextDeadline, urgency, type Urgency } from '../../core/deadlines';
import type { Deadline } from '../../model/deadline';
import type { TrackedOrder } from '../../model/messages';

/** What a tracked-orders row says about its order's clock. */
export type RowStatus =
  | { kind: 'resolved' }
  | { kind: 'untracked' }
  | { kind: 'no-deadline' }
  | { kind: 'open'; deadline: Deadline; urgency: Urgency };

/**
 * The user's own choices come first: a resolved or untracked order has no reminders (the
 * background sends it no deadlines), so "No open deadline" would hide why.
 */
export function rowStatus({ order, deadlines }: TrackedOrder, now: Date): RowStatus {
  if (order.resolvedAt) return { kind: 'resolved' };
  if (!order.tracked) return { kind: 'untracked' };
  const next = nextDeadline(deadlines, now);
  return next ? { kind: 'open', deadline: next, urgency: urgency(now, next.dueAt) } : { kind: 'no-deadline' };
}
