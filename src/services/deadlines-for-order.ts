import type { BadgeState } from '../model/badge';
import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';

/** Deadlines of an order in the user's zone (the engine is core/deadlines, issue #5). */
export function deadlinesFor(_order: Order, _now: Date): Deadline[] {
  return [];
}

export function badgeFor(order: Order, _deadlines: Deadline[], _now: Date): BadgeState {
  return { text: '✓', urgency: 'none', title: `ClaimKit read order ${order.orderId}` };
}
