import { describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder, fakeReading } from '../../../tests/support/builders';
import type { Deadline } from '../../model/deadline';
import { checkCompleteness, type Warning } from './check-completeness';
import type { ComplaintInput } from './complaint-input';

const NOW = new Date('2026-11-24T10:00:00Z');
const photo = fakeEvidence({ id: 'photo', kind: 'file', mime: 'image/jpeg', fileName: 'IMG_0412.jpg' });
const screenshot = fakeEvidence({ id: 'shot', kind: 'screenshot-visible' });
const CONTACT = { name: 'Anna Petrova', email: 'anna@example.com', phone: '', country: 'Russia' };

function deadline(kind: Deadline['kind'], dueAt: string): Deadline {
  return { id: `${kind}-${dueAt}`, kind, label: kind, dueAt, computedFrom: 'test', confidence: 'page' };
}

function input(overrides: Partial<ComplaintInput & { deadlines: Deadline[] }> = {}): ComplaintInput & { deadlines: Deadline[] } {
  return {
    order: fakeOrder(),
    reason: 'not-as-described',
    outcome: 'full-refund',
    facts: 'Listed as 128 GB, shows 32 GB in the settings.',
    evidence: [photo, screenshot],
    contact: CONTACT,
    channel: 'platform-dispute',
    language: 'en',
    now: NOW,
    timeZone: 'Europe/Moscow',
    deadlines: [deadline('protection-end', '2026-12-05T10:00:00Z')],
    ...overrides,
  };
}

const codes = (warnings: Warning[]) => warnings.map((w) => w.code);

describe('checkCompleteness', () => {
  it('finds nothing missing in a complete complaint', () => {
    expect(checkCompleteness(input())).toEqual([]);
  });

  it('asks for the order number, date and amount, each with its fix, in both languages', () => {
    const order = fakeReading({ orderId: undefined, dates: {}, total: undefined });
    const warnings = checkCompleteness(input({ order }));
    expect(warnings.map((w) => [w.code, w.severity, w.fix])).toEqual([
      ['missing-order-id', 'error', 'enter-order-id'],
      ['missing-order-date', 'error', 'enter-order-date'],
      ['missing-total', 'error', 'enter-total'],
    ]);
    for (const w of warnings) {
      expect(w.message.en).toMatch(/\w/);
      expect(w.message.ru).toMatch(/[а-я]/);
    }
    expect(codes(checkCompleteness(input({ order: fakeOrder({ orderId: '  ' }) })))).toContain('missing-order-id');
  });

  it('names a missing product, and a missing seller for a formal claim', () => {
    expect(codes(checkCompleteness(input({ order: fakeOrder({ items: [] }) })))).toEqual(['missing-items']);
    expect(codes(checkCompleteness(input({ order: fakeOrder({ seller: undefined }) })))).toEqual([]);
    expect(codes(checkCompleteness(input({ order: fakeOrder({ seller: undefined }), channel: 'formal-claim' })))).toContain('missing-seller');
  });

  describe('evidence', () => {
    it('is an error to have none for an item reason, a warning when the item never came', () => {
      expect(checkCompleteness(input({ evidence: [] }))).toEqual([
        expect.objectContaining({ code: 'no-evidence', severity: 'error', fix: 'add-evidence' }),
      ]);
      const notReceived = checkCompleteness(input({ evidence: [], reason: 'not-received' }));
      expect(notReceived).toEqual([expect.objectContaining({ code: 'no-evidence', severity: 'warning' })]);
      expect(notReceived[0]?.message.en).toContain('tracking');
    });

    it.each(['not-as-described', 'damaged', 'defective', 'wrong-item', 'counterfeit', 'incomplete'] as const)(
      '%s needs a photo, video or file of the item itself, not only screenshots',
      (reason) => {
        expect(codes(checkCompleteness(input({ reason, evidence: [screenshot] })))).toEqual(['no-item-evidence']);
        expect(codes(checkCompleteness(input({ reason, evidence: [screenshot, photo] })))).toEqual([]);
        const video = fakeEvidence({ kind: 'file', mime: 'video/mp4', fileName: 'unboxing.mp4' });
        expect(codes(checkCompleteness(input({ reason, evidence: [video] })))).toEqual([]);
      },
    );

    it.each(['not-received', 'seller-unresponsive'] as const)('%s is proven by screenshots alone', (reason) => {
      expect(codes(checkCompleteness(input({ reason, evidence: [screenshot], outcome: 'full-refund' })))).toEqual([]);
    });
  });

  describe('partial refund amount', () => {
    const partial = (partialAmount: ComplaintInput['partialAmount']) => checkCompleteness(input({ outcome: 'partial-refund', partialAmount }));

    it('must be there, above zero, and at most what was paid (exact, in minor units)', () => {
      expect(codes(partial(undefined))).toEqual(['partial-amount-missing']);
      expect(codes(partial({ minor: 0, currency: 'USD' }))).toEqual(['partial-amount-not-positive']);
      expect(codes(partial({ minor: -100, currency: 'USD' }))).toEqual(['partial-amount-not-positive']);
      expect(codes(partial({ minor: 1235, currency: 'USD' }))).toEqual(['partial-amount-above-paid']);
      expect(partial({ minor: 1235, currency: 'USD' })[0]).toMatchObject({ severity: 'error', fix: 'edit-amount' });
      expect(codes(partial({ minor: 1234, currency: 'USD' }))).toEqual([]);
      expect(codes(partial({ minor: 1, currency: 'USD' }))).toEqual([]);
    });

    it('says the amounts in each language', () => {
      const [warning] = partial({ minor: 2000, currency: 'USD' });
      expect(warning?.message.en).toContain('US$20.00');
      expect(warning?.message.en).toContain('US$12.34');
      expect(warning?.message.ru.replace(/\u00a0/g, ' ')).toContain('20,00 $');
    });

    it('cannot be compared across currencies, and says so', () => {
      expect(codes(partial({ minor: 500, currency: 'EUR' }))).toEqual(['partial-amount-currency']);
    });

    it('is not checked for other outcomes', () => {
      expect(codes(checkCompleteness(input({ outcome: 'full-refund', partialAmount: { minor: -1, currency: 'USD' } })))).toEqual([]);
    });
  });

  describe('deadlines', () => {
    it('warns when the next open deadline is less than 24 hours away', () => {
      const warnings = checkCompleteness(input({ deadlines: [deadline('protection-end', '2026-11-25T06:00:00Z')] }));
      expect(warnings).toEqual([expect.objectContaining({ code: 'deadline-soon', severity: 'warning' })]);
      expect(warnings[0]?.message.en).toBe('Buyer protection closes on 25 November 2026 at 09:00, in less than 24 hours. Send the complaint today.');
      expect(warnings[0]?.message.ru).toContain('Защита покупателя: срок истекает 25 ноября 2026 г. в 09:00');
    });

    it('is quiet 24 hours or more before', () => {
      expect(checkCompleteness(input({ deadlines: [deadline('protection-end', '2026-11-25T10:00:00Z')] }))).toEqual([]);
      expect(checkCompleteness(input({ deadlines: [] }))).toEqual([]);
    });

    it('says when every deadline for this step has passed', () => {
      const warnings = checkCompleteness(
        input({ deadlines: [deadline('open-dispute', '2026-11-20T21:00:00Z'), deadline('protection-end', '2026-11-23T21:00:00Z')] }),
      );
      expect(warnings).toEqual([expect.objectContaining({ code: 'deadline-passed', severity: 'error' })]);
      expect(warnings[0]?.message.en).toContain('Buyer protection closed on 24 November 2026 at 00:00');
    });

    it('judges each channel by its own clocks', () => {
      const deadlines = [deadline('open-dispute', '2026-11-20T21:00:00Z'), deadline('paypal-dispute', '2027-04-01T00:00:00Z')];
      expect(codes(checkCompleteness(input({ deadlines })))).toEqual(['deadline-passed']);
      expect(codes(checkCompleteness(input({ deadlines, channel: 'payment-dispute' })))).toEqual([]);
    });

    it('ignores a passed deadline when a later one for the same step is still open', () => {
      const deadlines = [deadline('open-dispute', '2026-11-20T21:00:00Z'), deadline('protection-end', '2026-12-05T10:00:00Z')];
      expect(checkCompleteness(input({ deadlines }))).toEqual([]);
    });
  });

  describe('contact details', () => {
    const empty = { name: '', email: '', phone: '', country: '' };

    it('are not needed for a seller chat or a platform dispute', () => {
      expect(checkCompleteness(input({ contact: empty, channel: 'seller-message' }))).toEqual([]);
      expect(checkCompleteness(input({ contact: empty, channel: 'platform-dispute' }))).toEqual([]);
    });

    it('a payment dispute needs a name and an e-mail or phone', () => {
      expect(codes(checkCompleteness(input({ contact: empty, channel: 'payment-dispute' })))).toEqual(['missing-contact-name', 'missing-contact-reach']);
      const phoneOnly = { ...empty, name: 'Anna Petrova', phone: '+7 900 000-00-00' };
      expect(checkCompleteness(input({ contact: phoneOnly, channel: 'payment-dispute' }))).toEqual([]);
    });

    it('a formal claim also needs the country', () => {
      const warnings = checkCompleteness(input({ contact: { ...CONTACT, country: ' ' }, channel: 'formal-claim' }));
      expect(warnings).toEqual([expect.objectContaining({ code: 'missing-contact-country', severity: 'error', fix: 'edit-contact' })]);
      expect(warnings[0]?.message.ru).toContain('страну');
    });

    it('flags an e-mail address that cannot be one', () => {
      expect(codes(checkCompleteness(input({ contact: { ...CONTACT, email: 'anna(at)example' }, channel: 'payment-dispute' })))).toEqual([
        'contact-email-invalid',
      ]);
    });
  });

  it('asks for the user’s own description, and notices an outcome that cannot work', () => {
    expect(codes(checkCompleteness(input({ facts: '   ' })))).toEqual(['missing-facts']);
    expect(codes(checkCompleteness(input({ reason: 'not-received', outcome: 'return-and-refund', evidence: [screenshot] })))).toEqual([
      'outcome-mismatch',
    ]);
  });

  it('lists errors before warnings', () => {
    const warnings = checkCompleteness(input({ facts: '', order: fakeOrder({ total: undefined }), evidence: [] }));
    expect(warnings.map((w) => w.severity)).toEqual(['error', 'error', 'warning']);
  });
});
