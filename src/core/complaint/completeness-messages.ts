import type { ComplaintChannel, ComplaintReason } from '../../model/complaint';
import type { DeadlineKind } from '../../model/deadline';

/** A message in both UI languages; each says what is wrong and how to fix it. */
export interface Bilingual {
  en: string;
  ru: string;
}

const DEADLINE_NAME: Record<DeadlineKind, Bilingual> = {
  'open-dispute': { en: 'The window to open a dispute', ru: 'Открытие спора' },
  'protection-end': { en: 'Buyer protection', ru: 'Защита покупателя' },
  'confirm-receipt': { en: 'The time to confirm receipt', ru: 'Подтверждение получения' },
  'escalate-to-platform': { en: 'The window to escalate to the platform', ru: 'Обращение к площадке' },
  'seller-response': { en: 'The seller’s time to respond', ru: 'Ответ продавца' },
  'return-window': { en: 'The return window', ru: 'Возврат товара' },
  'paypal-dispute': { en: 'The PayPal dispute window', ru: 'Спор в PayPal' },
  'card-chargeback': { en: 'The card chargeback window', ru: 'Оспаривание платежа по карте' },
  'consumer-law': { en: 'The consumer-law claim period', ru: 'Претензия по закону' },
};

/** Who needs the contact details, in each language's phrasing. */
const NEEDS_CONTACT: Partial<Record<ComplaintChannel, Bilingual>> = {
  'payment-dispute': { en: 'A payment dispute', ru: 'Для спора через платёжную систему' },
  'formal-claim': { en: 'A formal claim', ru: 'Для претензии' },
};
const needs = (channel: ComplaintChannel): Bilingual => NEEDS_CONTACT[channel] ?? { en: 'This channel', ru: 'Для этого обращения' };

export const MESSAGES = {
  missingOrderId: {
    en: 'The order number is missing. Open the order page so ClaimKit can read it, or type it in.',
    ru: 'Нет номера заказа. Откройте страницу заказа, чтобы ClaimKit его прочитал, или введите номер вручную.',
  },
  missingOrderDate: {
    en: 'The order date is missing. Type it in as shown on the order page.',
    ru: 'Нет даты заказа. Введите её так, как она указана на странице заказа.',
  },
  missingTotal: {
    en: 'The amount paid is missing. Type it in as shown on the order page, with the currency.',
    ru: 'Нет суммы оплаты. Введите её с валютой так, как она указана на странице заказа.',
  },
  missingItems: {
    en: 'The product is missing. Open the order page so ClaimKit can read it.',
    ru: 'Не указан товар. Откройте страницу заказа, чтобы ClaimKit его прочитал.',
  },
  missingSeller: {
    en: 'The seller’s name is missing, and a formal claim is addressed to the seller. Open the order page so ClaimKit can read it.',
    ru: 'Не указан продавец, а претензия адресуется именно ему. Откройте страницу заказа, чтобы ClaimKit прочитал название магазина.',
  },
  missingFacts: {
    en: 'Describe the problem in a sentence or two, with the concrete difference: “listed as 128 GB, shows 32 GB in the settings”.',
    ru: 'Опишите проблему одним-двумя предложениями, с конкретным расхождением: «заявлено 128 ГБ, в настройках 32 ГБ».',
  },
  noEvidence: (reason: ComplaintReason): Bilingual => {
    if (reason === 'not-received')
      return {
        en: 'No evidence yet. Add a screenshot of the tracking page and of your messages to the seller.',
        ru: 'Доказательств пока нет. Добавьте скриншот страницы отслеживания и переписки с продавцом.',
      };
    if (reason === 'seller-unresponsive')
      return {
        en: 'No evidence yet. Add screenshots of your messages to the seller that went unanswered.',
        ru: 'Доказательств пока нет. Добавьте скриншоты сообщений продавцу, оставшихся без ответа.',
      };
    return {
      en: 'No evidence yet. Add photos or a video of the item and its packaging, and a screenshot of the listing.',
      ru: 'Доказательств пока нет. Добавьте фото или видео товара и упаковки, а также скриншот карточки товара.',
    };
  },
  noItemEvidence: {
    en: 'There is no photo or video of the item itself. Add your own photo or video that shows the problem: screenshots of the page do not show what arrived.',
    ru: 'Нет фото или видео самого товара. Добавьте своё фото или видео, на котором видна проблема: скриншоты страницы не показывают, что пришло.',
  },
  partialAmountMissing: {
    en: 'Enter the amount of the partial refund you want.',
    ru: 'Укажите сумму частичного возврата.',
  },
  partialAmountNotPositive: {
    en: 'The partial refund must be more than zero. Enter the amount you want back.',
    ru: 'Сумма частичного возврата должна быть больше нуля. Укажите, сколько Вы хотите вернуть.',
  },
  partialAmountAbovePaid: (amount: Bilingual, total: Bilingual): Bilingual => ({
    en: `The partial refund (${amount.en}) is more than you paid (${total.en}). Enter an amount up to ${total.en}, or ask for a full refund.`,
    ru: `Частичный возврат (${amount.ru}) больше, чем Вы заплатили (${total.ru}). Укажите сумму не больше ${total.ru} или выберите полный возврат.`,
  }),
  partialAmountCurrency: (amountCurrency: string, totalCurrency: string): Bilingual => ({
    en: `The partial refund is in ${amountCurrency}, but the order was paid in ${totalCurrency}. Enter the amount in ${totalCurrency}.`,
    ru: `Частичный возврат указан в ${amountCurrency}, а заказ оплачен в ${totalCurrency}. Укажите сумму в ${totalCurrency}.`,
  }),
  deadlinePassed: (kind: DeadlineKind, due: Bilingual): Bilingual => ({
    en: `${DEADLINE_NAME[kind].en} closed on ${due.en}. Check the order page: if the option is gone, take the next step (for example, a payment dispute).`,
    ru: `${DEADLINE_NAME[kind].ru}: срок истёк ${due.ru}. Проверьте страницу заказа: если кнопки уже нет, переходите к следующему шагу (например, к спору через платёжную систему).`,
  }),
  deadlineSoon: (kind: DeadlineKind, due: Bilingual): Bilingual => ({
    en: `${DEADLINE_NAME[kind].en} closes on ${due.en}, in less than 24 hours. Send the complaint today.`,
    ru: `${DEADLINE_NAME[kind].ru}: срок истекает ${due.ru}, меньше чем через сутки. Отправьте обращение сегодня.`,
  }),
  missingContactName: (channel: ComplaintChannel): Bilingual => ({
    en: `${needs(channel).en} needs your full name. Add it in your contact details.`,
    ru: `${needs(channel).ru} нужны Ваши фамилия и имя. Добавьте их в контактные данные.`,
  }),
  missingContactReach: (channel: ComplaintChannel): Bilingual => ({
    en: `${needs(channel).en} needs a way to reach you. Add an e-mail address or a phone number in your contact details.`,
    ru: `${needs(channel).ru} нужен способ связаться с Вами. Добавьте адрес эл. почты или телефон в контактные данные.`,
  }),
  missingContactCountry: {
    en: 'A formal claim says where you are. Add your country in your contact details.',
    ru: 'В претензии указывают, где Вы находитесь. Добавьте страну в контактные данные.',
  },
  contactEmailInvalid: (email: string): Bilingual => ({
    en: `“${email}” does not look like an e-mail address. Check it in your contact details.`,
    ru: `«${email}» не похоже на адрес эл. почты. Проверьте его в контактных данных.`,
  }),
  outcomeMismatch: {
    en: 'An item that has not arrived cannot be returned. Ask for a full refund or for the order to be sent again.',
    ru: 'Вернуть товар, который не пришёл, нельзя. Выберите полный возврат денег или повторную отправку.',
  },
} as const;
