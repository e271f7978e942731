import { describe, expect, it } from 'vitest';
import { fakeOrder, fakeReading } from '../../../tests/support/builders';
import { orderFacts, paymentMethodFromText, ruleApplies } from './order-facts';

const now = new Date('2026-11-24T12:00:00Z');
const facts = (o = fakeReading(), extra = {}) => orderFacts({ order: o, now, timeZone: 'UTC', ...extra });

describe('paymentMethodFromText', () => {
  it.each([
    ['PayPal', 'paypal'],
    ['Pay Pal account', 'paypal'],
    ['Visa •••• 4242', 'card'],
    ['Mastercard ending 1234', 'card'],
    ['Credit card', 'card'],
    ['Банковская карта', 'card'],
    ['Cash on delivery', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (text, method) => {
    expect(paymentMethodFromText(text)).toBe(method);
  });
});

describe('orderFacts and ruleApplies', () => {
  it('reads host, status and settlement from the order', () => {
    expect(facts()).toEqual({ marketplace: 'aliexpress', status: 'shipped', host: 'aliexpress.com', paymentMethod: undefined, settled: false });
    expect(facts(fakeOrder({ resolvedAt: '2026-11-20T10:00:00Z' })).settled).toBe(true);
    expect(facts(fakeReading({ status: undefined })).status).toBe('unknown');
  });

  it('matches a host or its subdomains only', () => {
    const scope = { statuses: ['shipped'] as const, hosts: ['amazon.de'] };
    expect(ruleApplies(scope, { ...facts(), host: 'amazon.de' })).toBe(true);
    expect(ruleApplies(scope, { ...facts(), host: 'smile.amazon.de' })).toBe(true);
    expect(ruleApplies(scope, { ...facts(), host: 'notamazon.de' })).toBe(false);
    expect(ruleApplies(scope, { ...facts(), host: undefined })).toBe(false);
  });

  it('needs the payment method a payment rule names', () => {
    const scope = { statuses: ['shipped'] as const, paymentMethods: ['paypal'] as const };
    expect(ruleApplies(scope, facts())).toBe(false);
    expect(ruleApplies(scope, facts(fakeReading(), { paymentMethod: 'paypal' }))).toBe(true);
  });
});
