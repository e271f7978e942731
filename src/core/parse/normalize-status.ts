import type { StatusKind } from '../../model/order';
import { foldText } from './normalize-text';

/**
 * Status wordings as marketplaces print them (en, ru, de, es, fr). A phrase matches whole words
 * only, and participles are listed in each gender/number form rather than as a prefix, because
 * a prefix would also catch the nouns ("получен" must not match "Дата получения", "отправлен"
 * not "Ожидает отправления"). Entries are folded like the page text, so "ё"/"е" and accents do
 * not matter.
 *
 * When several phrases match, the longest wins: "Awaiting delivery" is shipped even though it
 * contains "delivery", "Ожидает получения" (AliExpress RU for "Awaiting delivery") beats
 * "получен*", "Not yet shipped" beats "shipped". Phrases under `unknown` exist to win that way
 * against a misleading shorter match: "Not delivered" must never read as delivered.
 */
// Russian short participles agree with the noun (заказ отправлен, посылка отправлена…);
// French ones too (expédié, expédiée, expédiés, expédiées).
const ru = (stem: string): string[] => ['', 'а', 'о', 'ы'].map((end) => stem + end);
const fr = (stem: string): string[] => ['', 'e', 's', 'es'].map((end) => stem + end);

const STATUS_PHRASES: Record<StatusKind, readonly string[]> = {
  'awaiting-payment': [
    'awaiting payment', 'pending payment', 'payment pending', 'waiting for payment', 'unpaid', 'awaiting your payment',
    'ожидает оплаты', 'ожидание оплаты', ...ru('не оплачен'),
    'zahlung ausstehend', 'warten auf zahlung', 'ausstehende zahlung', 'unbezahlt',
    'pendiente de pago', 'esperando pago', 'esperando el pago', 'pago pendiente',
    'en attente de paiement', 'paiement en attente',
  ],
  processing: [
    'awaiting shipment', 'processing', 'not yet shipped', 'preparing for shipment', 'ready to ship', 'awaiting dispatch',
    'ожидает отправки', 'ожидает отправления', 'в обработке', 'обрабатывается', 'собирается', 'ожидает сборки',
    'готовится к отправке',
    'in bearbeitung', 'wird bearbeitet', 'noch nicht versandt', 'versandbereit', 'wird vorbereitet',
    'en proceso', 'procesando', 'pendiente de envío', 'esperando envío', 'en preparación',
    'en cours de traitement', "en attente d'expédition", 'en préparation',
  ],
  shipped: [
    'awaiting delivery', 'shipped', 'in transit', 'on the way', 'out for delivery', 'dispatched', 'partially shipped',
    ...ru('отправлен'), 'в пути', 'ожидает получения', 'передан в доставку', 'передана в доставку',
    'передан в службу доставки', 'в доставке', 'доставляется',
    'versandt', 'verschickt', 'versendet', 'unterwegs', 'in zustellung', 'wird zugestellt',
    'enviado', 'enviada', 'en camino', 'en tránsito', 'en reparto',
    ...fr('expédié'), 'en cours de livraison', 'en transit', 'en attente de livraison', 'en route',
  ],
  delivered: [
    'delivered', 'arrived', 'received',
    ...ru('доставлен'), ...ru('получен'), 'готов к выдаче', 'прибыл в пункт выдачи',
    'zugestellt', 'geliefert', 'angekommen', 'erhalten',
    'entregado', 'entregada', 'recibido',
    ...fr('livré'), ...fr('reçu'),
  ],
  completed: [
    'completed', 'complete', 'finished', 'transaction completed',
    ...ru('завершен'), ...ru('выполнен'),
    'abgeschlossen', 'erledigt',
    'completado', 'completada', 'finalizado', 'finalizada',
    ...fr('terminé'), ...fr('complété'),
  ],
  closed: [
    'closed', 'dispute closed',
    ...ru('закрыт'), 'спор закрыт',
    'geschlossen',
    'cerrado', 'cerrada',
    ...fr('fermé'), ...fr('clôturé'),
  ],
  cancelled: [
    'cancelled', 'canceled', 'cancellation',
    ...ru('отменен'), 'отмена',
    'storniert', 'abgebrochen', 'annulliert',
    'cancelado', 'cancelada', 'anulado',
    ...fr('annulé'),
  ],
  refunded: [
    'refunded', 'refund completed', 'refund received', 'refund issued', 'money returned',
    'возврат средств', 'средства возвращены', 'деньги возвращены', 'возврат денег',
    'erstattet', 'rückerstattet', 'rückerstattung erfolgt',
    'reembolsado', 'reembolsada', 'reembolso completado',
    ...fr('remboursé'), 'remboursement effectué',
  ],
  disputed: [
    'dispute in progress', 'in dispute', 'dispute opened', 'dispute open', 'disputed', 'under dispute', 'dispute',
    'спор открыт', 'открыт спор', 'идет спор', 'в споре', 'спор',
    'streitfall', 'im streitfall', 'konfliktfall',
    'en disputa', 'disputa abierta', 'disputa en curso', 'disputa',
    'litige en cours', 'en litige', 'litige ouvert', 'litige',
  ],
  unknown: [
    'not delivered', 'never delivered', 'not received', ...ru('не доставлен'), ...ru('не получен'),
    'nicht zugestellt', 'nicht erhalten', 'no entregado', 'no recibido', 'non livré', 'non livrée', 'non reçu',
  ],
};

// Apostrophes and punctuation become spaces on both sides, so "d'expédition" is two words.
const words = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// `words` leaves letters, digits and single spaces only, so a phrase stands as whole words in a text
// exactly when " phrase " is inside " text ". No regular expressions: a hundred Unicode ones with
// look-arounds took ~5 ms to build on every page load (the reader starts in a fresh world each time).
const MATCHERS = Object.entries(STATUS_PHRASES).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => {
    const body = words(phrase);
    return { kind: kind as StatusKind, padded: ` ${body} `, length: body.length };
  }),
);

/**
 * Maps a status as the page prints it ("Awaiting delivery", «Завершён», "Versandt", "Livré") to a
 * `StatusKind`. Case, accents, "ё" and surrounding labels ("Order status: Shipped") do not matter.
 * Returns 'unknown' for wording not in the table, and for negations ("Not delivered").
 */
export function normalizeStatus(text: string): StatusKind {
  const page = ` ${words(text)} `;
  let best: { kind: StatusKind; length: number } = { kind: 'unknown', length: 0 };
  for (const m of MATCHERS) if (m.length > best.length && page.includes(m.padded)) best = m;
  return best.kind;
}
