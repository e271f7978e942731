import { describe, expect, it } from 'vitest';
import { fakeOrder, fakeReading } from '../../../tests/support/builders';
import type { Deadline } from '../../model/deadline';
import type { OrderReading, StatusKind } from '../../model/order';
import { computeDeadlines } from './compute-deadlines';
import { computeOpenings } from './compute-openings';
import type { DeadlineInput } from './order-like';
import type { PaymentMethod } from './rule';
import { labelFor } from './actions';
import { adviceFor } from './next-step';

const now = new Date('2026-11-24T07:02:00Z'); // 10:02 in Moscow
const zone = 'Europe/Moscow';
const status = (kind: StatusKind) => ({ text: kind, kind });
const advise = (order: OrderReading, paymentMethod?: PaymentMethod) =>
  adviceFor(computeDeadlines({ order, now, timeZone: zone, ...(paymentMethod && { paymentMethod }) }), order, now, zone);
const countdown = (endsAt: string) => ({ text: 'Buyer protection', readAt: now.toISOString(), endsAt });

const adviseRu = (order: OrderReading, extra: Partial<DeadlineInput> = {}) => {
  const input = { order, now, timeZone: zone, language: 'ru' as const, ...extra };
  return adviceFor(computeDeadlines(input), order, now, zone, { language: 'ru', openings: computeOpenings(input) });
};

describe('adviceFor in Russian', () => {
  it('starts with the seller, then the action with its date', () => {
    const order = fakeReading({ status: status('completed'), dates: { completed: '2026-11-20' } });
    expect(adviseRu(order)).toBe('Напишите продавцу сегодня; затем нужно открыть спор до 5 декабря.');
  });

  it('places the date inside an action that names it', () => {
    const order = fakeReading({ status: status('delivered'), protection: countdown('2026-11-29T10:16:55Z') });
    expect(adviseRu(order)).toBe('Напишите продавцу сегодня; затем нужно открыть спор до 29 ноября, 13:16, пока не закончилась защита покупателя.');
  });

  it('asks for a protection extension, with the days in the right form', () => {
    const order = fakeReading({ status: status('shipped'), protection: countdown('2026-11-29T10:16:55Z') });
    expect(adviseRu(order)).toBe('Попросите продавца продлить защиту покупателя: посылка ещё в пути, а защита закончится через 5 дней.');
  });

  it('says act now with the hour, and when a step opens', () => {
    expect(adviseRu(fakeReading({ status: status('shipped'), protection: countdown('2026-11-25T05:00:00Z') }))).toBe(
      'Действуйте сейчас: нужно открыть спор до завтра в 08:00, пока не закончилась защита покупателя.',
    );
    expect(adviseRu(fakeReading({ status: status('shipped'), dates: { shipped: '2026-11-22' } }))).toBe('Напишите продавцу сейчас; открыть спор можно с 27 ноября.');
  });

  it('falls back to a phrase per kind, and a label by id, for deadlines from elsewhere', () => {
    const foreign: Deadline = { id: 'bank-x', kind: 'card-chargeback', label: 'Bank', dueAt: '2026-11-26T23:59:59.999+03:00', computedFrom: 'manual', confidence: 'unsure' };
    expect(adviceFor([foreign], fakeReading(), now, zone, { language: 'ru', openings: [] })).toBe('Нужно запросить в банке возврат платежа (чарджбэк) до 26 ноября.');
    expect(labelFor(foreign, 'ru')).toBe('Bank');
    expect(labelFor({ id: 'amazon-return-window', label: 'Return window closes' }, 'ru')).toBe('Срок возврата истекает');
    expect(labelFor({ id: 'page-protection-end', label: 'Buyer protection ends' }, 'ru')).toBe('Конец защиты покупателя');
  });

  it('sends a closed order to the payment provider, and says when nothing is known', () => {
    expect(adviseRu(fakeReading({ status: status('closed'), dates: { paid: '2026-11-02' } }), { paymentMethod: 'paypal' })).toBe('Нужно открыть спор в PayPal до 1 мая 2027.');
    expect(adviceFor([], fakeReading({ dates: {} }), now, zone, { language: 'ru' })).toBe(
      'Сроки пока не удалось вычислить: проверьте даты заказа, отправки и доставки на странице заказа.',
    );
  });
});

describe('adviceFor', () => {
  it('starts the ladder with the seller, then names the dispute date', () => {
    const order = fakeReading({ status: status('completed'), dates: { completed: '2026-11-20' } });
    expect(advise(order)).toBe('Message the seller today; open a dispute by 5 Dec.');
  });

  it('asks for a protection extension when the parcel is in transit and protection ends within a week', () => {
    const order = fakeReading({ status: status('shipped'), protection: countdown('2026-11-29T10:16:55Z') });
    expect(advise(order)).toBe('Ask the seller to extend buyer protection: the parcel is still in transit and protection ends in 5 days.');
  });

  it('gives the page time when protection ends at a time of day, once the parcel has arrived', () => {
    const order = fakeReading({ status: status('delivered'), protection: countdown('2026-11-29T10:16:55Z') });
    expect(advise(order)).toBe('Message the seller today; open a dispute by 29 Nov, 13:16, before buyer protection ends.');
  });

  it('says act now, with the hour, in the last 24 hours', () => {
    const order = fakeReading({ status: status('shipped'), protection: countdown('2026-11-25T05:00:00Z') });
    expect(advise(order)).toBe('Act now: open a dispute by 08:00 tomorrow, before buyer protection ends.');
  });

  it('says when a step opens if it is still ahead', () => {
    const order = fakeReading({ status: status('shipped'), dates: { shipped: '2026-11-22' } });
    expect(advise(order)).toBe('Message the seller now; you can open a dispute from 27 Nov.');
  });

  it('uses the rule’s own action and the year when it is not this year', () => {
    const order = fakeReading({ marketplace: 'amazon', url: 'https://www.amazon.com/gp/css/order-details?orderID=1', status: status('shipped'), dates: { estimatedDelivery: { to: '2026-11-10' } } });
    expect(advise(order)).toBe('Message the seller today; file an A-to-z Guarantee claim by 8 Feb 2027.');
  });

  it('reads the page return window', () => {
    const order = fakeReading({ marketplace: 'amazon', url: 'https://www.amazon.com/gp/css/order-details?orderID=1', status: status('delivered'), dates: { returnWindowEnd: '2026-12-02' } });
    expect(advise(order)).toBe('Message the seller today; start a return by 2 Dec.');
  });

  it('sends a closed order to the payment provider', () => {
    const order = fakeReading({ status: status('closed'), dates: { paid: '2026-11-02' } });
    expect(advise(order, 'paypal')).toBe('Open a PayPal dispute by 1 May 2027.');
  });

  it('follows an open dispute, with openings the caller knows more about', () => {
    const order = fakeReading({ status: status('disputed') });
    const input = { order, now, timeZone: zone, disputeOpenedAt: '2026-11-20' };
    expect(adviceFor(computeDeadlines(input), order, now, zone)).toBe('Agree with the seller by 5 Dec, or AliExpress steps in.');
    const fresh = { ...input, disputeOpenedAt: '2026-11-23' };
    expect(adviceFor(computeDeadlines(fresh), order, now, zone, { openings: computeOpenings(fresh) })).toBe(
      'Message the seller now; you can escalate the dispute to AliExpress from 26 Nov.',
    );
  });

  it('falls back to a phrase per kind for a deadline no rule knows', () => {
    const foreign: Deadline = { id: 'bank-x', kind: 'card-chargeback', label: 'Bank', dueAt: '2026-11-26T23:59:59.999+03:00', computedFrom: 'manual', confidence: 'unsure' };
    expect(adviceFor([foreign], fakeReading(), now, zone, { openings: [] })).toBe('Ask your bank for a chargeback by 26 Nov.');
  });

  it('says so when the order is settled, has no deadline, or all have passed', () => {
    const missed: Deadline = { id: 'ebay-money-back-request', kind: 'open-dispute', label: 'x', dueAt: '2026-11-01T23:59:59.999+03:00', computedFrom: 'x', confidence: 'reported' };
    expect(adviceFor([missed], fakeOrder({ resolvedAt: '2026-11-20T10:00:00Z' }), now, zone)).toBe('This order is settled; there are no deadlines to watch.');
    expect(adviceFor([], fakeReading({ dates: {} }), now, zone)).toBe('No deadline could be worked out yet: check the order, shipping and delivery dates on the order page.');
    expect(adviceFor([missed], fakeReading(), now, zone)).toBe('The known deadlines have passed: ask the seller directly, and ask your bank or PayPal whether a claim is still possible.');
  });
});
