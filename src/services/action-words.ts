import { defineMessages } from '../i18n/define-messages';
import { wordsFor } from '../i18n/words';

/**
 * What a right-click or the capture shortcut tells the user (a notification, else the toolbar
 * tooltip), in English and Russian side by side. `{forOrder}` is one of the `forOrder*` phrases.
 */
export const ACTION_WORDS = defineMessages(
  {
    couldNotDoThat: 'ClaimKit could not do that',
    openInTab: 'Open the page in a tab, then try again.',
    forOrder: ' for order {orderId}',
    forNoOrder: ' (not linked to an order yet: assign it in the evidence locker)',
    imageCapturedInstead: 'The image could not be downloaded, so the page showing it was captured instead{forOrder}.',
    imageSaved: 'Image saved as evidence{forOrder}.',
    selectQuoteFirst: 'Select the text to quote first.',
    quoteSaved: 'Quote saved as evidence{forOrder}, with a capture of the page around it.',
    rightClickLink: 'Right-click the link itself to save it.',
    linkSaved: 'Link saved as evidence{forOrder}.',
    pageSaved: 'Page saved as evidence{forOrder}.',
    visibleSaved: 'Visible area saved as evidence{forOrder}.',
    selectTextFirst: 'Select the text on the page first.',
    orderNumberSaved: 'Order {orderId} saved. Its proof and deadlines are kept in ClaimKit.',
    notADate: '"{text}" is not a date ClaimKit can read. Select just the date, e.g. "21 Feb 2026".',
    orderDateSet: 'Order date of order {orderId} set to {date}.',
    notAnAmount: '"{text}" is not an amount with a currency. Select the price with its currency sign, e.g. "US $12.34".',
    amountSet: 'Amount paid for order {orderId} set.',
  },
  {
    couldNotDoThat: 'ClaimKit не смог это сделать',
    openInTab: 'Откройте страницу во вкладке и повторите.',
    forOrder: ' для заказа {orderId}',
    forNoOrder: ' (пока не привязано к заказу: укажите заказ в хранилище доказательств)',
    imageCapturedInstead: 'Изображение не удалось скачать, поэтому сохранён снимок страницы с ним{forOrder}.',
    imageSaved: 'Изображение сохранено как доказательство{forOrder}.',
    selectQuoteFirst: 'Сначала выделите текст для цитаты.',
    quoteSaved: 'Цитата сохранена как доказательство{forOrder}, вместе со снимком страницы вокруг неё.',
    rightClickLink: 'Чтобы сохранить ссылку, нажмите правой кнопкой на саму ссылку.',
    linkSaved: 'Ссылка сохранена как доказательство{forOrder}.',
    pageSaved: 'Страница сохранена как доказательство{forOrder}.',
    visibleSaved: 'Видимая часть страницы сохранена как доказательство{forOrder}.',
    selectTextFirst: 'Сначала выделите текст на странице.',
    orderNumberSaved: 'Заказ {orderId} сохранён. Доказательства и сроки по нему хранятся в ClaimKit.',
    notADate: '«{text}» — не дата, которую ClaimKit может прочитать. Выделите только дату, например «21 февраля 2026».',
    orderDateSet: 'Дата заказа {orderId} установлена: {date}.',
    notAnAmount: '«{text}» — не сумма с валютой. Выделите цену вместе со знаком валюты, например «1 299 ₽».',
    amountSet: 'Сумма оплаты заказа {orderId} сохранена.',
  },
);

export const { say: sayAction } = wordsFor(ACTION_WORDS);
