import type { UiLanguage } from '../../i18n/ui-language';
import type { Deadline } from '../../model/deadline';
import type { Order } from '../../model/order';
import { formatInstant } from '../format/format-date';
import { labelFor, timeLeft } from '../deadlines';
import { count, say } from './reminder-words';

/**
 * "3 days", "1 day", "5 hours", "40 minutes": time left as a person says it. In Russian the form
 * that follows «через»: "3 дня", "21 день", "5 часов", "1 минуту".
 */
export function leftText(now: Date, dueAt: string, timeZone: string, language: UiLanguage = 'en'): string {
  const left = timeLeft(now, dueAt, timeZone);
  if (left.days >= 1) return count(language, 'leftDays', left.days);
  if (left.hours >= 1) return count(language, 'leftHours', left.hours);
  return count(language, 'leftMinutes', Math.max(1, Math.round(left.ms / 60_000)));
}

function productOf(order: Order, language: UiLanguage): string {
  const first = order.items[0]?.title;
  if (!first) return '';
  const short = first.length > 60 ? `${first.slice(0, 57)}…` : first;
  return order.items.length > 1 ? say(language, 'moreItems', { product: short, more: order.items.length - 1 }) : short;
}

function orderLine(order: Order, language: UiLanguage): string {
  const product = productOf(order, language);
  return product ? say(language, 'orderWithProduct', { orderId: order.orderId, product }) : say(language, 'order', { orderId: order.orderId });
}

/**
 * The reminder a person reads in the notification: which order, what closes, when. The label is
 * looked up by the deadline's id in `language`, so a deadline computed in English still reads right.
 */
export function reminderText(
  order: Order,
  deadline: Deadline,
  now: Date,
  timeZone: string,
  locale: string,
  language: UiLanguage = 'en',
): { title: string; message: string } {
  return {
    title: say(language, 'reminderTitle', { label: labelFor(deadline, language), left: leftText(now, deadline.dueAt, timeZone, language) }),
    message: [orderLine(order, language), say(language, 'due', { date: formatInstant(deadline.dueAt, locale, timeZone) })].join('\n'),
  };
}

/** One notification for everything that passed while the browser was closed: never a burst. */
export function missedText(
  missed: readonly { order: Order; deadline: Deadline }[],
  locale: string,
  timeZone: string,
  language: UiLanguage = 'en',
): { title: string; message: string } {
  const [first] = missed;
  if (!first) return { title: '', message: '' };
  if (missed.length === 1) {
    return {
      title: say(language, 'missedTitle', { label: labelFor(first.deadline, language) }),
      message: say(language, 'missedMessage', { orderId: first.order.orderId, date: formatInstant(first.deadline.dueAt, locale, timeZone) }),
    };
  }
  const orders = new Set(missed.map((m) => m.order.orderId));
  return {
    title: count(language, 'missedManyTitle', missed.length),
    message: say(language, 'missedManyMessage', { orders: [...orders].join(', ') }),
  };
}

/** The titles of a reminder's two buttons, in the order notification-clicks.ts reads them (open, snooze). */
export function reminderButtons(language: UiLanguage = 'en'): [string, string] {
  return [say(language, 'buttonOpenOrder'), say(language, 'buttonSnooze')];
}
