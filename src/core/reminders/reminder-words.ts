import { defineMessages } from '../../i18n/define-messages';
import { wordsFor } from '../../i18n/words';

/**
 * What the background says outside the pages: notifications and the toolbar tooltip, in English and
 * Russian side by side. Russian time-left forms are those that follow «через» («через 1 минуту»).
 */
export const REMINDER_WORDS = defineMessages(
  {
    leftDays: { one: '{n} day', other: '{n} days' },
    leftHours: { one: '{n} hour', other: '{n} hours' },
    leftMinutes: { one: '{n} minute', other: '{n} minutes' },
    reminderTitle: '{label} in {left}',
    order: 'Order {orderId}',
    orderWithProduct: 'Order {orderId}: {product}',
    moreItems: '{product} (+{more} more)',
    due: 'Due {date}.',
    missedTitle: 'Missed: {label}',
    missedMessage: 'Order {orderId}: it was due {date}. Open the order to see what you can still do.',
    missedManyTitle: { one: '{n} deadline passed while the browser was closed', other: '{n} deadlines passed while the browser was closed' },
    missedManyMessage: 'Orders {orders}. Open ClaimKit to see what you can still do.',
    buttonOpenOrder: 'Open order',
    buttonSnooze: 'Snooze 1 day',
    badgeNoDeadline: 'ClaimKit: order {orderId} read; no open deadline known',
    badgeNext: 'ClaimKit: order {orderId}: {label} in {left}',
  },
  {
    leftDays: { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' },
    leftHours: { one: '{n} час', few: '{n} часа', many: '{n} часов', other: '{n} часа' },
    leftMinutes: { one: '{n} минуту', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' },
    reminderTitle: '{label}: срок через {left}',
    order: 'Заказ {orderId}',
    orderWithProduct: 'Заказ {orderId}: {product}',
    moreItems: '{product} (и ещё {more})',
    due: 'Срок: {date}.',
    missedTitle: 'Срок пропущен: {label}',
    missedMessage: 'Заказ {orderId}: срок истёк {date}. Откройте заказ, чтобы узнать, что ещё можно сделать.',
    missedManyTitle: {
      one: '{n} срок прошёл, пока браузер был закрыт',
      few: '{n} срока прошли, пока браузер был закрыт',
      many: '{n} сроков прошли, пока браузер был закрыт',
      other: '{n} срока прошли, пока браузер был закрыт',
    },
    missedManyMessage: 'Заказы {orders}. Откройте ClaimKit, чтобы узнать, что ещё можно сделать.',
    buttonOpenOrder: 'Открыть заказ',
    buttonSnooze: 'Напомнить завтра',
    badgeNoDeadline: 'ClaimKit: заказ {orderId} прочитан; открытых сроков не найдено',
    badgeNext: 'ClaimKit: заказ {orderId}: {label}, срок через {left}',
  },
);

export const { say, count } = wordsFor(REMINDER_WORDS);
