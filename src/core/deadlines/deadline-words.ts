import { defineMessages } from '../../i18n/define-messages';
import type { UiLanguage } from '../../i18n/ui-language';
import { wordsFor } from '../../i18n/words';
import type { Anchor } from './rule';

/**
 * The deadline engine's own words (how a date was worked out, the advice sentence, "today"), in
 * English and Russian side by side; TypeScript holds the Russian side to the same keys. A rule's
 * label and action live in the rule itself (rules/*.ts). `{name}` is filled by `say`; `{n}` is a count.
 */
export const DEADLINE_WORDS = defineMessages(
  {
    anchor_ordered: 'the order date',
    anchor_paid: 'the payment date',
    anchor_shipped: 'the shipping date',
    anchor_delivered: 'the delivery date',
    anchor_completed: 'the date receipt was confirmed',
    anchor_estimatedDeliveryTo: 'the latest estimated delivery date',
    anchor_protectionEnd: 'the end of buyer protection',
    anchor_returnWindowEnd: 'the end of the return window',
    anchor_disputeOpened: 'the day the dispute was opened',
    anchor_paymentDisputeOpened: 'the day the PayPal dispute was opened',
    spanDays: { one: '{n} day', other: '{n} days' },
    spanBusinessDays: { one: '{n} business day', other: '{n} business days' },
    spanMonths: { one: '{n} month', other: '{n} months' },
    spanYears: { one: '{n} year', other: '{n} years' },
    computedFrom: '{span} after {anchor} {day}',
    pageCountdown: 'buyer protection countdown read on the page on {at}',
    pageProtectionEnd: 'buyer protection end shown on the page ({at})',
    pageReturnWindowEnd: 'return window end shown on the page ({at})',
    today: 'today',
    tomorrow: 'tomorrow',
    inDays: { one: 'in {n} day', other: 'in {n} days' },
    timeToday: '{time} today',
    timeTomorrow: '{time} tomorrow',
    dateAndTime: '{date}, {time}',
    actionBy: '{action} by {when}',
    adviceSettled: 'This order is settled; there are no deadlines to watch.',
    adviceNoDeadline: 'No deadline could be worked out yet: check the order, shipping and delivery dates on the order page.',
    advicePassed: 'The known deadlines have passed: ask the seller directly, and ask your bank or PayPal whether a claim is still possible.',
    adviceActNow: 'Act now: {action}.',
    adviceExtend: 'Ask the seller to extend buyer protection: the parcel is still in transit and protection ends {inDays}.',
    adviceOpens: 'Message the seller now; you can {action} from {date}.',
    adviceSellerFirst: 'Message the seller today; {action}.',
    adviceDo: '{action}.',
  },
  {
    anchor_ordered: 'даты заказа',
    anchor_paid: 'даты оплаты',
    anchor_shipped: 'даты отправки',
    anchor_delivered: 'даты доставки',
    anchor_completed: 'даты подтверждения получения',
    anchor_estimatedDeliveryTo: 'последней ожидаемой даты доставки',
    anchor_protectionEnd: 'окончания защиты покупателя',
    anchor_returnWindowEnd: 'окончания срока возврата',
    anchor_disputeOpened: 'дня открытия спора',
    anchor_paymentDisputeOpened: 'дня открытия спора в PayPal',
    spanDays: { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' },
    spanBusinessDays: { one: '{n} рабочий день', few: '{n} рабочих дня', many: '{n} рабочих дней', other: '{n} рабочего дня' },
    spanMonths: { one: '{n} месяц', few: '{n} месяца', many: '{n} месяцев', other: '{n} месяца' },
    spanYears: { one: '{n} год', few: '{n} года', many: '{n} лет', other: '{n} года' },
    computedFrom: '{span} после {anchor} {day}',
    pageCountdown: 'таймер защиты покупателя, прочитанный на странице {at}',
    pageProtectionEnd: 'окончание защиты покупателя, указанное на странице ({at})',
    pageReturnWindowEnd: 'окончание срока возврата, указанное на странице ({at})',
    today: 'сегодня',
    tomorrow: 'завтра',
    inDays: { one: 'через {n} день', few: 'через {n} дня', many: 'через {n} дней', other: 'через {n} дня' },
    timeToday: 'сегодня в {time}',
    timeTomorrow: 'завтра в {time}',
    dateAndTime: '{date}, {time}',
    actionBy: '{action} до {when}',
    adviceSettled: 'По этому заказу всё решено: сроков, за которыми нужно следить, нет.',
    adviceNoDeadline: 'Сроки пока не удалось вычислить: проверьте даты заказа, отправки и доставки на странице заказа.',
    advicePassed: 'Известные сроки прошли: напишите продавцу напрямую и спросите в банке или PayPal, можно ли ещё подать претензию.',
    adviceActNow: 'Действуйте сейчас: нужно {action}.',
    adviceExtend: 'Попросите продавца продлить защиту покупателя: посылка ещё в пути, а защита закончится {inDays}.',
    adviceOpens: 'Напишите продавцу сейчас; {action} можно с {date}.',
    adviceSellerFirst: 'Напишите продавцу сегодня; затем нужно {action}.',
    adviceDo: 'Нужно {action}.',
  },
);

const words = wordsFor(DEADLINE_WORDS);
export const say = words.say;
export const sayCount = words.count;

export function anchorName(language: UiLanguage, anchor: Anchor): string {
  return say(language, `anchor_${anchor}`);
}
