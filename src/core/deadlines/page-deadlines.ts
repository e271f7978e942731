import type { TZDate } from '@date-fns/tz';
import type { Deadline, DeadlineKind } from '../../model/deadline';
import type { StatusKind } from '../../model/order';
import type { PageDate } from '../../model/time';
import { dayText, endOfLocalDay, instantIn, localDay, minuteText } from './calendar';
import type { OrderLike } from './order-like';
import { ruleApplies, type OrderFacts } from './order-facts';

/**
 * Clocks the order page shows itself. deadlines.md: "when the order page shows a countdown or a date,
 * the page wins over every rule", so each replaces the marketplace rules of the same kind.
 */
export interface PageClock {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly action: string;
  readonly statuses: readonly StatusKind[];
  readonly read: (order: OrderLike, timeZone: string) => { at: TZDate; computedFrom: string } | undefined;
}

export const PAGE_CLOCKS: readonly PageClock[] = [
  {
    id: 'page-protection-end',
    kind: 'protection-end',
    label: 'Buyer protection ends',
    action: 'open a dispute by {when}, before buyer protection ends',
    // Confirming receipt (completed) ends the countdown; a stored one would be stale.
    statuses: ['processing', 'shipped', 'delivered'],
    read: readProtectionEnd,
  },
  {
    id: 'page-return-window',
    kind: 'return-window',
    label: 'Return window closes',
    action: 'start a return',
    statuses: ['delivered', 'completed'],
    read: (order, timeZone) => printed(order.dates.returnWindowEnd, 'return window end shown on the page', timeZone),
  },
];

export function pageDeadlines(order: OrderLike, facts: OrderFacts, timeZone: string): Deadline[] {
  return PAGE_CLOCKS.filter((clock) => ruleApplies({ statuses: clock.statuses }, facts)).flatMap((clock) => {
    const found = clock.read(order, timeZone);
    if (!found) return [];
    const { id, kind, label } = clock;
    return [{ id, kind, label, dueAt: found.at.toISOString(), computedFrom: found.computedFrom, confidence: 'page' as const }];
  });
}

/** The countdown's absolute end (with when it was read) beats a printed end date: it is the raw proof. */
function readProtectionEnd(order: OrderLike, timeZone: string): { at: TZDate; computedFrom: string } | undefined {
  const countdown = order.protection;
  const at = countdown?.endsAt === undefined ? undefined : instantIn(countdown.endsAt, timeZone);
  const readAt = countdown && instantIn(countdown.readAt, timeZone);
  if (at && readAt) return { at, computedFrom: `buyer protection countdown read on the page on ${minuteText(readAt)}` };
  return printed(order.dates.protectionEnd, 'buyer protection end shown on the page', timeZone);
}

/** A printed day counts through its end, as "Return window closes on 2 Dec" means you may still return on the 2nd. */
function printed(value: PageDate | undefined, what: string, timeZone: string): { at: TZDate; computedFrom: string } | undefined {
  if (value === undefined) return undefined;
  const day = localDay(value, timeZone);
  if (!day) return undefined;
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = isDay ? endOfLocalDay(day) : instantIn(value, timeZone);
  return at && { at, computedFrom: `${what} (${isDay ? dayText(day) : minuteText(at)})` };
}
