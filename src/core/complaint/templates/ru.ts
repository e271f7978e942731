import type { ComplaintChannel } from '../../../model/complaint';
import { MARKETPLACE_NAMES, type MarketplaceId } from '../../../model/marketplace';
import type { EvidenceCategory } from '../evidence-category';
import { endSentence, present, sentenceCase } from './text';
import type { ComplaintContext, ComplaintTemplates, ContactFacts, EvidenceFact, OrderFacts, ProductFact } from './types';

// Русский текст: вежливое «Вы» с прописной буквы, безличные и страдательные обороты там, где иначе
// пришлось бы угадывать род автора («не получил/не получила» → «заказ не получен»), и принятые
// формулы претензии («Прошу…», «В соответствии со ст. 22 Закона РФ…», «Приложения:»).

const quote = (text: string) => `«${text}»`;

const KIND: Record<EvidenceCategory, string> = {
  photo: 'Фото',
  video: 'Видео',
  document: 'Документ',
  file: 'Файл',
  image: 'Изображение',
  screenshot: 'Скриншот',
  page: 'Сохранённая копия страницы',
  quote: 'Цитата',
  link: 'Ссылка',
};

const KINDS: Record<EvidenceCategory, string> = {
  photo: 'фото',
  video: 'видео',
  document: 'документы',
  file: 'файлы',
  image: 'изображения',
  screenshot: 'скриншоты',
  page: 'копии страниц',
  quote: 'цитаты',
  link: 'ссылки',
};

// Площадки пишем так, как они сами пишут себя в русском интерфейсе: латиницей.
const MARKETPLACE: Record<MarketplaceId, string | null> = { ...MARKETPLACE_NAMES, generic: null };

const REASON_TITLE = {
  'not-received': 'товар не получен',
  'not-as-described': 'товар не соответствует описанию',
  damaged: 'товар пришёл повреждённым',
  defective: 'товар неисправен',
  'wrong-item': 'прислан не тот товар',
  incomplete: 'неполная комплектация',
  counterfeit: 'товар не оригинальный',
  'seller-unresponsive': 'продавец не отвечает',
} as const;

function titleFor(c: ComplaintContext): string {
  if (c.reason === 'seller-unresponsive' && c.channel === 'seller-message') return 'мои сообщения остались без ответа';
  return REASON_TITLE[c.reason];
}

const orderNo = (c: ComplaintContext) => (c.order.orderId ? `заказ № ${c.order.orderId}` : 'заказ');
const marketplace = (c: ComplaintContext) => MARKETPLACE[c.order.marketplace];
const toSeller = (channel: ComplaintChannel) => channel === 'seller-message' || channel === 'formal-claim';

/** «в течение 10 дней», «в течение 1 дня», «в течение 21 дня»: родительный падеж после «в течение». */
function daysGenitive(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? `${n} дня` : `${n} дней`;
}

function product(p: ProductFact): string {
  return present([`${p.title}${p.variant ? ` (${p.variant})` : ''}`, `количество: ${p.quantity} шт.`, p.unitPrice && `цена за единицу: ${p.unitPrice}`]).join(', ');
}

function tracking(o: OrderFacts): string | undefined {
  if (o.tracking.length === 0) return undefined;
  const numbers = o.tracking.map((t) => (t.carrier ? `${t.number} (${t.carrier})` : t.number)).join(', ');
  return `${o.tracking.length > 1 ? 'Трек-номера' : 'Трек-номер'}: ${numbers}`;
}

function factLines(o: OrderFacts): string[] {
  const products =
    o.products.length > 1 ? ['Товары:', ...o.products.map((p, i) => `  ${i + 1}. ${product(p)}`)] : o.products.map((p) => `Товар: ${product(p)}`);
  return present([
    o.orderId && `Номер заказа: ${o.orderId}`,
    o.orderDate && `Дата заказа: ${o.orderDate}`,
    o.paidDate && `Дата оплаты: ${o.paidDate}`,
    ...products,
    o.total && `Сумма оплаты: ${o.total}`,
    o.paymentMethod && `Способ оплаты: ${o.paymentMethod}`,
    o.seller && `Продавец: ${quote(o.seller)}`,
    tracking(o),
    o.shipped && `Дата отправки: ${o.shipped}`,
    o.estimatedDelivery && `Срок доставки: до ${o.estimatedDelivery}`,
    o.delivered && `Дата доставки: ${o.delivered}`,
    o.completed && `Заказ завершён: ${o.completed}`,
  ]);
}

/** Одна строка; номер заказа уже есть в первой строке обращения, количество 1 шт. не пишем. */
function shortFacts(o: OrderFacts): string {
  const line = present([
    o.orderDate && `Заказ от ${o.orderDate}`,
    ...o.products.map((p) => `${p.title}${p.variant ? ` (${p.variant})` : ''}${p.quantity > 1 ? `, ${p.quantity} шт.` : ''}`),
    o.total && `оплачено ${o.total}`,
    o.seller && `продавец ${quote(o.seller)}`,
    o.tracking.length > 0 && `трек-номер ${o.tracking.map((t) => t.number).join(', ')}`,
    o.estimatedDelivery && `срок доставки до ${o.estimatedDelivery}`,
    o.delivered && `доставлен ${o.delivered}`,
  ]).join('; ');
  return line ? endSentence(sentenceCase(line)) : '';
}

function reasonSentence(c: ComplaintContext): string {
  switch (c.reason) {
    case 'not-received': {
      const eta = c.order.estimatedDelivery;
      if (!eta) return 'Заказ до сих пор не получен.';
      return c.order.estimatedDeliveryPassed
        ? `Заказ до сих пор не получен, хотя срок доставки (до ${eta}) уже истёк.`
        : endSentence(`Заказ пока не получен; ожидаемый срок доставки — до ${eta}`);
    }
    case 'not-as-described':
      return 'Полученный товар не соответствует описанию в карточке товара.';
    case 'damaged':
      return 'Товар пришёл повреждённым.';
    case 'defective':
      return 'Товар оказался неисправным и не работает так, как должен.';
    case 'wrong-item':
      return 'Прислан другой товар — не тот, что указан в заказе.';
    case 'incomplete':
      return 'Заказ пришёл неполным: не хватает части товаров или комплектующих.';
    case 'counterfeit':
      return 'Полученный товар, судя по всему, не является оригинальным, хотя в карточке он представлен как оригинальная продукция бренда.';
    case 'seller-unresponsive':
      return c.channel === 'seller-message'
        ? 'Мои предыдущие сообщения по этому заказу остались без ответа.'
        : 'Продавец не отвечает на мои сообщения по этому заказу.';
  }
}

function incidentSentence(c: ComplaintContext): string | undefined {
  if (!c.incidentDate) return undefined;
  if (c.reason === 'not-received') return `По состоянию на ${c.incidentDate} посылка не доставлена.`;
  if (c.reason === 'seller-unresponsive')
    return endSentence(c.channel === 'seller-message' ? `Моё первое сообщение — от ${c.incidentDate}` : `Первое сообщение продавцу отправлено ${c.incidentDate}`);
  return endSentence(`Проблема обнаружена ${c.incidentDate}`);
}

function evidenceLine(e: EvidenceFact): string {
  const what = present([`${KIND[e.category]}${e.rendered ? ' (перерисованная копия страницы)' : ''}`, e.name && quote(e.name)]).join(' ');
  const detail = present([e.url && e.url !== e.name && e.url, e.excerpt && quote(e.excerpt)]).join(' ');
  return `${what}${detail ? `: ${detail}` : ''} (${e.capturedAt})${e.note ? ` — ${e.note}` : ''}`;
}

function formalOutcome(c: ComplaintContext): string {
  const total = c.order.total;
  const amount = c.partialAmount;
  const paid = total && !c.compact ? ` (всего оплачено ${total})` : '';
  switch (c.outcome) {
    case 'full-refund':
      return `Прошу вернуть уплаченную сумму в полном объёме${total ? ` — ${total}` : ''}.`;
    case 'partial-refund':
      // In a претензия the statute's own words (ст. 18: «соразмерного уменьшения покупной цены»).
      if (c.channel === 'formal-claim') return `Прошу соразмерно уменьшить покупную цену товара${amount ? ` на ${amount} и вернуть мне эту сумму${paid}` : ''}.`;
      return `Прошу вернуть часть уплаченной суммы${amount ? ` — ${amount}${paid}` : ''}.`;
    case 'replacement':
      return c.reason === 'not-received'
        ? 'Прошу повторно отправить заказ без дополнительной оплаты с моей стороны.'
        : 'Прошу заменить товар на аналогичный надлежащего качества без дополнительной оплаты с моей стороны.';
    case 'return-and-refund':
      return toSeller(c.channel)
        ? `Прошу принять товар обратно за Ваш счёт и вернуть уплаченную сумму${total ? ` — ${total}` : ''}.`
        : `Товар могу вернуть за счёт продавца; прошу после возврата вернуть уплаченную сумму${total ? ` — ${total}` : ''}.`;
  }
}

function chatOutcome(c: ComplaintContext): string {
  const total = c.order.total;
  const amount = c.partialAmount;
  switch (c.outcome) {
    case 'full-refund':
      return `Пожалуйста, верните полную стоимость заказа${total ? ` — ${total}` : ''}.`;
    case 'partial-refund':
      return `Предлагаю решить вопрос частичным возвратом${amount ? ` — ${amount}` : ''}${amount && total && !c.compact ? ` (всего оплачено ${total})` : ''}.`;
    case 'replacement':
      return c.reason === 'not-received' ? 'Пожалуйста, отправьте заказ повторно без доплаты.' : 'Пожалуйста, пришлите замену без доплаты.';
    case 'return-and-refund':
      return `Могу вернуть товар за Ваш счёт; пожалуйста, после получения верните полную стоимость${total ? ` — ${total}` : ''}.`;
  }
}

function contactLines(c: ContactFacts): string[] {
  return present([c.name && `Имя: ${c.name}`, c.email && `Эл. почта: ${c.email}`, c.phone && `Телефон: ${c.phone}`, c.country && `Страна: ${c.country}`]);
}

function claimSubtitle(c: ComplaintContext): string {
  if (c.outcome === 'replacement') return c.reason === 'not-received' ? 'о передаче оплаченного товара' : 'о замене товара';
  if (c.reason === 'not-received') return 'о возврате уплаченной суммы';
  return c.outcome === 'partial-refund' ? 'о соразмерном уменьшении покупной цены' : 'о возврате уплаченной за товар суммы';
}

export const ru: ComplaintTemplates = {
  locale: 'ru-RU',
  opening: {
    'seller-message': (c) => `Здравствуйте!\n\nПишу по поводу ${c.order.orderId ? `заказа № ${c.order.orderId}` : 'своего заказа'}: ${titleFor(c)}.`,
    'platform-dispute': (c) => (c.order.orderId ? `Заказ № ${c.order.orderId}: ${titleFor(c)}.` : `${sentenceCase(titleFor(c))}.`),
    'platform-escalation': (c) => {
      const name = marketplace(c);
      const order = c.order.orderId ? `заказу № ${c.order.orderId}` : 'моему заказу';
      return `Здравствуйте!\n\nПрошу службу поддержки${name ? ` ${name}` : ''} рассмотреть спор по ${order} (${titleFor(c)}): урегулировать его с продавцом не удалось.`;
    },
    'payment-dispute': (c) => {
      const name = marketplace(c);
      const where = present([name && `на площадке ${name}`, c.order.seller && `(продавец — ${quote(c.order.seller)})`]).join(' ');
      return `Оспариваю платёж за ${orderNo(c)}${where ? ` ${where}` : ''}: ${titleFor(c)}.`;
    },
    'formal-claim': (c) => {
      const name = marketplace(c);
      const what = `${c.order.total ? 'оформлен и оплачен' : 'оформлен'} ${orderNo(c)}`;
      const where = `в Вашем магазине${name ? ` на площадке ${name}` : ''}`;
      return sentenceCase(present([c.order.orderDate, `мною был ${what} ${where}.`]).join(' '));
    },
  },
  shortOpening: {
    'seller-message': (c) => `Здравствуйте! ${c.order.orderId ? `Заказ № ${c.order.orderId}` : 'Мой заказ'}: ${titleFor(c)}.`,
    'platform-escalation': (c) =>
      `Прошу рассмотреть спор по ${c.order.orderId ? `заказу № ${c.order.orderId}` : 'моему заказу'} (${titleFor(c)}): продавец вопрос не решил.`,
  },
  facts: { full: factLines, short: shortFacts },
  reason: reasonSentence,
  incident: incidentSentence,
  evidence: {
    heading: 'Доказательства:',
    attachmentsHeading: 'Приложения:',
    line: evidenceLine,
    summary: (count, byCategory) => `Приложено: ${count} (${byCategory.map(([k, n]) => `${KINDS[k]}: ${n}`).join(', ')}).`,
  },
  outcome: (c, register) => (register === 'chat' ? chatOutcome(c) : formalOutcome(c)),
  answerBy: (c) =>
    `В соответствии со ${c.answerRule.articleRu} Закона РФ «О защите прав потребителей» прошу удовлетворить мои требования в течение ${daysGenitive(c.answerRule.days)} с момента получения настоящей претензии.`,
  reserveRights: 'В противном случае оставляю за собой право обратиться в Роспотребнадзор и в суд.',
  closing: {
    'seller-message': 'Спасибо! Жду Вашего ответа.',
    'platform-dispute': 'Благодарю за рассмотрение спора.',
    'platform-escalation': 'Благодарю за помощь.',
    'payment-dispute': 'Благодарю за рассмотрение.',
    'formal-claim': '',
  },
  shortClosing: {
    'seller-message': 'Спасибо!',
    'platform-dispute': 'Спасибо.',
    'platform-escalation': 'Спасибо.',
    'payment-dispute': 'Спасибо.',
    'formal-claim': '',
  },
  contact: { heading: 'Мои контактные данные:', lines: contactLines },
  formal: {
    header: (c) => {
      const name = marketplace(c);
      const seller = c.order.seller ? `продавцу ${quote(c.order.seller)}` : 'продавцу';
      const to = `Кому: ${seller}${name ? ` (магазин на площадке ${name})` : ''}`;
      return present([to, c.contact.name && `От: ${c.contact.name}`, ...contactLines({ ...c.contact, name: undefined })]);
    },
    title: (c) => ['ПРЕТЕНЗИЯ', claimSubtitle(c)],
    signature: (c) => [`Дата: ${c.today}`, `Подпись: ____________${c.contact.name ? ` / ${c.contact.name}` : ''}`],
  },
};
