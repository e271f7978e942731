import { badgeText, computeDeadlines, nextDeadline } from '../core/deadlines';
import { badgeTitle } from '../core/reminders/badge-title';
import type { UiLanguage } from '../i18n/ui-language';
import type { BadgeState } from '../model/badge';
import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';

/** The user's IANA zone; all deadline arithmetic happens in it (issue #5). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface DeadlineOptions {
  /** IANA zone; the user's when absent. */
  readonly timeZone?: string;
  /** Language of labels, computedFrom and the tooltip; English when absent (the case report is English). */
  readonly language?: UiLanguage;
}

/** Deadlines of an order in the user's zone. A resolved case has none: its reminders stop. */
export function deadlinesFor(order: Order, now: Date, { timeZone = userTimeZone(), language }: DeadlineOptions = {}): Deadline[] {
  if (order.resolvedAt || !order.tracked) return [];
  return computeDeadlines({ order, now, timeZone, language });
}

/** The toolbar badge: days left to the next deadline, "!" under a day; "✓" when none is known. */
export function badgeFor(order: Order, deadlines: Deadline[], now: Date, { timeZone = userTimeZone(), language }: DeadlineOptions = {}): BadgeState {
  const badge = badgeText(deadlines, now, timeZone);
  const next = nextDeadline(deadlines, now);
  if (!badge || !next) return { text: '✓', urgency: 'none', title: badgeTitle(order.orderId, undefined, now, timeZone, language) };
  return { text: badge.text, urgency: badge.urgency, title: badgeTitle(order.orderId, next, now, timeZone, language) };
}
