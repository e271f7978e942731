import { describe, expect, it } from 'vitest';
import { fakeReading } from '../../../../tests/support/builders';
import { deadlineKindSchema, deadlineSchema } from '../../../model/deadline';
import type { OrderReading } from '../../../model/order';
import { computeDeadlines } from '../compute-deadlines';
import { computeOpenings } from '../compute-openings';
import type { DeadlineInput } from '../order-like';
import { PAGE_CLOCKS } from '../page-deadlines';
import { ALL_RULES, findRule } from '.';

const now = new Date('2026-11-24T07:02:00Z');
const status = (kind: NonNullable<OrderReading['status']>['kind']) => ({ text: kind, kind });
const on = (marketplace: OrderReading['marketplace'], url: string, o: Partial<OrderReading>): OrderReading =>
  fakeReading({ marketplace, url, ...o });
const ali = (o: Partial<OrderReading>) => on('aliexpress', 'https://www.aliexpress.com/p/order/detail.html?orderId=1', o);
const amazon = (o: Partial<OrderReading>, host = 'www.amazon.com') => on('amazon', `https://${host}/gp/your-account/order-details?orderID=1`, o);
const ebay = (o: Partial<OrderReading>) => on('ebay', 'https://order.ebay.com/ord/show?orderId=1', o);
const delivered = { status: status('delivered'), dates: { ordered: '2026-11-02', delivered: '2026-11-08' } };

/** One case per rule: the order, the zone, and where the rule must land. */
const CASES: readonly { id: string; input: Omit<DeadlineInput, 'now' | 'timeZone'>; zone?: string; at: string; from: string }[] = [
  { id: 'aliexpress-protection-estimate', input: { order: ali({ dates: { shipped: '2026-11-03' } }) }, at: '2027-01-02T23:59:59.999+01:00', from: '60 days after the shipping date 2026-11-03' },
  { id: 'aliexpress-dispute-after-receipt', input: { order: ali({ status: status('completed'), dates: { delivered: '2026-11-18', completed: '2026-11-20' } }) }, at: '2026-12-05T23:59:59.999+01:00', from: '15 days after the date receipt was confirmed 2026-11-20' },
  { id: 'aliexpress-dispute-opens', input: { order: ali({ dates: { shipped: '2026-11-03' } }) }, at: '2026-11-08T00:00:00.000+01:00', from: '5 days after the shipping date 2026-11-03' },
  { id: 'aliexpress-negotiation-ends', input: { order: ali({ status: status('disputed') }), disputeOpenedAt: '2026-12-01' }, at: '2026-12-16T23:59:59.999+01:00', from: '15 days after the day the dispute was opened 2026-12-01' },
  { id: 'aliexpress-escalate-opens', input: { order: ali({ status: status('disputed') }), disputeOpenedAt: '2026-12-01' }, at: '2026-12-04T00:00:00.000+01:00', from: '3 days after the day the dispute was opened 2026-12-01' },
  { id: 'amazon-a-to-z', input: { order: amazon({ status: status('shipped'), dates: { estimatedDelivery: { to: '2026-11-10' } } }) }, at: '2027-02-08T23:59:59.999+01:00', from: '90 days after the latest estimated delivery date 2026-11-10' },
  { id: 'amazon-a-to-z-opens', input: { order: amazon({ status: status('shipped'), dates: { estimatedDelivery: { to: '2026-11-10' } } }) }, at: '2026-11-13T00:00:00.000+01:00', from: '3 days after the latest estimated delivery date 2026-11-10' },
  { id: 'amazon-return-window', input: { order: amazon(delivered) }, at: '2026-12-08T23:59:59.999+01:00', from: '30 days after the delivery date 2026-11-08' },
  { id: 'amazon-uk-not-as-described', input: { order: amazon(delivered, 'www.amazon.co.uk') }, zone: 'Europe/London', at: '2026-11-22T23:59:59.999+00:00', from: '14 days after the delivery date 2026-11-08' },
  { id: 'ebay-money-back-request', input: { order: ebay(delivered) }, at: '2026-12-08T23:59:59.999+01:00', from: '30 days after the delivery date 2026-11-08' },
  { id: 'ebay-step-in-opens', input: { order: ebay({ status: status('disputed') }), disputeOpenedAt: '2026-11-27' }, at: '2026-12-02T00:00:00.000+01:00', from: '3 business days after the day the dispute was opened 2026-11-27' },
  { id: 'ebay-request-closes', input: { order: ebay({ status: status('disputed') }), disputeOpenedAt: '2026-11-27' }, at: '2026-12-28T23:59:59.999+01:00', from: '21 business days after the day the dispute was opened 2026-11-27' },
  { id: 'temu-return', input: { order: on('temu', 'https://www.temu.com/bgt_order_detail.html', { dates: { ordered: '2026-11-02' } }) }, at: '2027-01-31T23:59:59.999+01:00', from: '90 days after the order date 2026-11-02' },
  { id: 'ozon-return', input: { order: on('ozon', 'https://www.ozon.ru/my/orderdetails/?order=1', delivered) }, zone: 'Europe/Moscow', at: '2026-11-15T23:59:59.999+03:00', from: '7 days after the delivery date 2026-11-08' },
  { id: 'wildberries-claim', input: { order: on('wildberries', 'https://www.wildberries.ru/lk/myorders/archive', delivered) }, zone: 'Europe/Moscow', at: '2026-11-22T23:59:59.999+03:00', from: '14 days after the delivery date 2026-11-08' },
  { id: 'paypal-dispute', input: { order: ali({ dates: { ordered: '2026-11-01', paid: '2026-11-02' } }), paymentMethod: 'paypal' }, at: '2027-05-01T23:59:59.999+02:00', from: '180 days after the payment date 2026-11-02' },
  { id: 'paypal-escalate', input: { order: ali({ status: status('disputed') }), paymentMethod: 'paypal', paymentDisputeOpenedAt: '2026-12-01' }, at: '2026-12-21T23:59:59.999+01:00', from: '20 days after the day the PayPal dispute was opened 2026-12-01' },
  { id: 'card-chargeback', input: { order: ali({ dates: { ordered: '2026-11-02' } }), paymentMethod: 'card' }, at: '2027-03-02T23:59:59.999+01:00', from: '120 days after the order date 2026-11-02' },
  { id: 'ru-distance-return', input: { order: on('ozon', 'https://www.ozon.ru/my/orderdetails/?order=1', delivered) }, zone: 'Europe/Moscow', at: '2026-11-15T23:59:59.999+03:00', from: '7 days after the delivery date 2026-11-08' },
  { id: 'ru-defect-claim', input: { order: on('wildberries', 'https://www.wildberries.ru/lk/myorders/archive', delivered) }, zone: 'Europe/Moscow', at: '2028-11-08T23:59:59.999+03:00', from: '2 years after the delivery date 2026-11-08' },
  { id: 'eu-withdrawal', input: { order: amazon(delivered, 'www.amazon.de') }, at: '2026-11-22T23:59:59.999+01:00', from: '14 days after the delivery date 2026-11-08' },
  { id: 'eu-legal-guarantee', input: { order: ebay({ ...delivered, url: 'https://www.ebay.de/mye/myebay/purchase' }) }, at: '2028-11-08T23:59:59.999+01:00', from: '2 years after the delivery date 2026-11-08' },
];

describe('every rule lands where its deadlines.md row says', () => {
  it('has a case for every rule', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  it.each(CASES)('$id', ({ id, input, zone = 'Europe/Berlin', at, from }) => {
    const rule = findRule(id)!;
    const full = { ...input, now, timeZone: zone };
    const found = rule.opens
      ? computeOpenings(full).find((o) => o.id === id)
      : computeDeadlines(full).find((d) => d.id === id);
    expect(found).toMatchObject({ kind: rule.kind, label: rule.label, confidence: rule.confidence, source: rule.source, computedFrom: from });
    expect(found && ('opensAt' in found ? found.opensAt : found.dueAt)).toBe(at);
    if (found && 'dueAt' in found) expect(deadlineSchema.parse(found)).toEqual(found);
  });
});

describe('the rule sets as data', () => {
  it('have unique ids, also against the page clocks', () => {
    const ids = [...ALL_RULES.map((r) => r.id), ...PAGE_CLOCKS.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES)('$id is complete: kind, short label, source, positive whole length', (rule) => {
    expect(deadlineKindSchema.safeParse(rule.kind).success).toBe(true);
    expect(rule.label.length).toBeGreaterThan(0);
    expect(rule.label.length).toBeLessThanOrEqual(60);
    expect(rule.source.trim().length).toBeGreaterThan(5);
    expect(['documented', 'reported', 'unsure']).toContain(rule.confidence);
    const lengths: number[] = Object.values(rule.length);
    expect(lengths).toHaveLength(1);
    expect(lengths.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(rule.appliesWhen.statuses.length).toBeGreaterThan(0);
    // An opening's action reads "you can <action> from <date>", so it must not place a date itself.
    if (rule.opens) expect(rule.action).not.toContain('{when}');
  });

  it.each([...ALL_RULES, ...PAGE_CLOCKS])('$id speaks Russian: a Cyrillic label and action, placing the date the same way', (rule) => {
    for (const text of [rule.ru.label, rule.ru.action]) expect(text).toMatch(/[а-яё]/i);
    expect(rule.ru.label.length).toBeLessThanOrEqual(60);
    expect(rule.ru.action.includes('{when}')).toBe(rule.action.includes('{when}'));
    expect(rule.ru.label.charAt(0)).toBe(rule.ru.label.charAt(0).toUpperCase());
    expect(rule.ru.action.charAt(0)).toBe(rule.ru.action.charAt(0).toLowerCase());
  });

  it('label and explain in Russian where the language asks for it', () => {
    const input = { ...CASES.find((c) => c.id === 'ru-defect-claim')!.input, now, timeZone: 'Europe/Moscow', language: 'ru' as const };
    expect(computeDeadlines(input).find((d) => d.id === 'ru-defect-claim')).toMatchObject({
      label: 'Претензия о недостатке без гарантии (закон РФ, 2 года)',
      computedFrom: '2 года после даты доставки 2026-11-08',
    });
    const opening = CASES.find((c) => c.id === 'ebay-step-in-opens')!.input;
    expect(computeOpenings({ ...opening, now, timeZone: 'Europe/Berlin', language: 'ru' })[0]).toMatchObject({
      label: 'Можно попросить eBay вмешаться',
      computedFrom: '3 рабочих дня после дня открытия спора 2026-11-27',
    });
  });

  it('never apply a rule to a settled status', () => {
    for (const rule of ALL_RULES) {
      expect(rule.appliesWhen.statuses).not.toContain('cancelled');
      expect(rule.appliesWhen.statuses).not.toContain('refunded');
    }
  });
});
