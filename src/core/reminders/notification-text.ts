import type { Deadline } from '../../model/deadline';
import type { Order } from '../../model/order';
import { formatInstant } from '../format/format-date';
import { timeLeft } from '../deadlines';

/** "3 days", "1 day", "5 hours", "40 minutes": time left as a person says it. */
export function leftText(now: Date, dueAt: string, timeZone: string): string {
  const left = timeLeft(now, dueAt, timeZone);
  if (left.days >= 1) return `${left.days} day${left.days === 1 ? '' : 's'}`;
  if (left.hours >= 1) return `${left.hours} hour${left.hours === 1 ? '' : 's'}`;
  const minutes = Math.max(1, Math.round(left.ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function productOf(order: Order): string {
  const first = order.items[0]?.title;
  if (!first) return '';
  const short = first.length > 60 ? `${first.slice(0, 57)}…` : first;
  return order.items.length > 1 ? `${short} (+${order.items.length - 1} more)` : short;
}

/** The reminder a person reads in the notification: which order, what closes, when. */
export function reminderText(order: Order, deadline: Deadline, now: Date, timeZone: string, locale: string): { title: string; message: string } {
  const product = productOf(order);
  return {
    title: `${deadline.label} in ${leftText(now, deadline.dueAt, timeZone)}`,
    message: [`Order ${order.orderId}${product ? `: ${product}` : ''}`, `Due ${formatInstant(deadline.dueAt, locale, timeZone)}.`].join('\n'),
  };
}

/** One notification for everything that passed while the browser was closed: never a burst. */
export function missedText(missed: readonly { order: Order; deadline: Deadline }[], locale: string, timeZone: string): { title: string; message: string } {
  const [first] = missed;
  if (!first) return { title: '', message: '' };
  if (missed.length === 1) {
    return {
      title: `Missed: ${first.deadline.label}`,
      message: `Order ${first.order.orderId}: it was due ${formatInstant(first.deadline.dueAt, locale, timeZone)}. Open the order to see what you can still do.`,
    };
  }
  const orders = new Set(missed.map((m) => m.order.orderId));
  return {
    title: `${missed.length} deadlines passed while the browser was closed`,
    message: `Orders ${[...orders].join(', ')}. Open ClaimKit to see what you can still do.`,
  };
}
