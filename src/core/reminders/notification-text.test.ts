import { describe, expect, it } from 'vitest';
import { fakeOrder } from '../../../tests/support/builders';
import type { Deadline } from '../../model/deadline';
import { badgeTitle } from './badge-title';
import { leftText, missedText, reminderButtons, reminderText } from './notification-text';

const TZ = 'Europe/Moscow';
const now = new Date('2026-11-24T07:00:00Z'); // 10:00 in Moscow
const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3_600_000).toISOString();
const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const deadline = (dueAt: string, id = 'aliexpress-dispute-after-receipt'): Deadline => ({
  id,
  kind: 'open-dispute',
  label: 'Open a dispute on AliExpress',
  dueAt,
  computedFrom: '15 days after the date receipt was confirmed 2026-11-20',
  confidence: 'reported',
});

describe('leftText', () => {
  it.each([
    [inDays(1), '1 day', '1 день'],
    [inDays(2), '2 days', '2 дня'],
    [inDays(5), '5 days', '5 дней'],
    [inDays(21), '21 days', '21 день'],
    [inDays(22), '22 days', '22 дня'],
    [inMinutes(60), '1 hour', '1 час'],
    [inMinutes(3 * 60), '3 hours', '3 часа'],
    [inMinutes(5 * 60), '5 hours', '5 часов'],
    [inMinutes(1), '1 minute', '1 минуту'],
    [inMinutes(2), '2 minutes', '2 минуты'],
    [inMinutes(40), '40 minutes', '40 минут'],
    [inMinutes(21), '21 minutes', '21 минуту'],
  ])('%s → %s / %s', (dueAt, english, russian) => {
    expect(leftText(now, dueAt, TZ)).toBe(english);
    expect(leftText(now, dueAt, TZ, 'ru')).toBe(russian);
  });
});

describe('reminderText', () => {
  const order = fakeOrder({ orderId: '8181', items: [{ title: 'USB-C cable 2 m', quantity: 1 }, { title: 'Case', quantity: 1 }] });

  it('names the deadline, the time left, the order and the due date in English', () => {
    expect(reminderText(order, deadline(inDays(3)), now, TZ, 'en-GB')).toEqual({
      title: 'Open a dispute on AliExpress in 3 days',
      message: 'Order 8181: USB-C cable 2 m (+1 more)\nDue 27 Nov 2026, 10:00.',
    });
  });

  it('says it all in Russian, with the rule’s Russian label even for a deadline computed in English', () => {
    const text = reminderText(order, deadline(inDays(3)), now, TZ, 'ru-RU', 'ru');
    expect(text.title).toBe('Открыть спор на AliExpress: срок через 3 дня');
    expect(text.message).toMatch(/^Заказ 8181: USB-C cable 2 m \(и ещё 1\)\nСрок: 27 нояб\. 2026 г\., 10:00\.$/);
    expect(reminderText(order, deadline(inDays(5)), now, TZ, 'ru-RU', 'ru').title).toBe('Открыть спор на AliExpress: срок через 5 дней');
    expect(reminderText(order, deadline(inDays(1)), now, TZ, 'ru-RU', 'ru').title).toBe('Открыть спор на AliExpress: срок через 1 день');
    expect(reminderText(order, deadline(inMinutes(300)), now, TZ, 'ru-RU', 'ru').title).toBe('Открыть спор на AliExpress: срок через 5 часов');
  });

  it('keeps the label a deadline carries when no rule has its id', () => {
    const foreign = { ...deadline(inDays(2), 'bank-x'), label: 'Bank claim' };
    expect(reminderText(order, foreign, now, TZ, 'ru-RU', 'ru').title).toBe('Bank claim: срок через 2 дня');
  });
});

describe('missedText', () => {
  const one = { order: fakeOrder({ orderId: '1' }), deadline: deadline('2026-11-23T20:59:59.999Z') };
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...one, order: fakeOrder({ orderId: String(i + 1) }) }));

  it('names a single missed deadline', () => {
    expect(missedText([one], 'en-GB', TZ).title).toBe('Missed: Open a dispute on AliExpress');
    const russian = missedText([one], 'ru-RU', TZ, 'ru');
    expect(russian.title).toBe('Срок пропущен: Открыть спор на AliExpress');
    expect(russian.message).toMatch(/^Заказ 1: срок истёк 23 нояб\. 2026 г\., 23:59\. Откройте заказ/);
  });

  it.each([
    [2, '2 deadlines passed while the browser was closed', '2 срока прошли, пока браузер был закрыт'],
    [5, '5 deadlines passed while the browser was closed', '5 сроков прошли, пока браузер был закрыт'],
    [21, '21 deadlines passed while the browser was closed', '21 срок прошёл, пока браузер был закрыт'],
  ])('sums up %i missed deadlines in one notification', (n, english, russian) => {
    expect(missedText(many(n), 'en-GB', TZ).title).toBe(english);
    expect(missedText(many(n), 'ru-RU', TZ, 'ru').title).toBe(russian);
    expect(missedText(many(2), 'ru-RU', TZ, 'ru').message).toBe('Заказы 1, 2. Откройте ClaimKit, чтобы узнать, что ещё можно сделать.');
  });
});

describe('buttons and the toolbar tooltip', () => {
  it('name the buttons in the language', () => {
    expect(reminderButtons()).toEqual(['Open order', 'Snooze 1 day']);
    expect(reminderButtons('ru')).toEqual(['Открыть заказ', 'Напомнить завтра']);
  });

  it('says in words what the badge shows', () => {
    expect(badgeTitle('8181', deadline(inDays(4)), now, TZ)).toBe('ClaimKit: order 8181: Open a dispute on AliExpress in 4 days');
    expect(badgeTitle('8181', deadline(inMinutes(90)), now, TZ, 'ru')).toBe('ClaimKit: заказ 8181: Открыть спор на AliExpress, срок через 1 час');
    expect(badgeTitle('8181', undefined, now, TZ, 'ru')).toBe('ClaimKit: заказ 8181 прочитан; открытых сроков не найдено');
  });
});
