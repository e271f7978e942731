import { badgeText, computeDeadlines, nextDeadline, timeLeft } from '../core/deadlines';
import type { BadgeState } from '../model/badge';
import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';

/** The user's IANA zone; all deadline arithmetic happens in it (issue #5). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Deadlines of an order in the user's zone. A resolved case has none: its reminders stop. */
export function deadlinesFor(order: Order, now: Date, timeZone = userTimeZone()): Deadline[] {
  if (order.resolvedAt || !order.tracked) return [];
  return computeDeadlines({ order, now, timeZone });
}

/** The toolbar badge: days left to the next deadline, "!" under a day; "✓" when none is known. */
export function badgeFor(order: Order, deadlines: Deadline[], now: Date, timeZone = userTimeZone()): BadgeState {
  const badge = badgeText(deadlines, now, timeZone);
  const next = nextDeadline(deadlines, now);
  if (!badge || !next) return { text: '✓', urgency: 'none', title: `ClaimKit: order ${order.orderId} read; no open deadline known` };
  const left = timeLeft(now, next.dueAt, timeZone);
  const when = left.days >= 1 ? `${left.days} day${left.days === 1 ? '' : 's'}` : `${Math.max(0, left.hours)} hours`;
  return { text: badge.text, urgency: badge.urgency, title: `ClaimKit: order ${order.orderId}: ${next.label} in ${when}` };
}
