import { describe, expect, it } from 'vitest';
import { fakeOrder } from '../../../tests/support/builders';
import type { ComplaintDraft } from '../../model/complaint';
import { amountText, defaultFields, draftFromFields, fieldsFromDraft, orderCurrency, pageWords, partialAmount } from './draft-fields';

const DRAFT: ComplaintDraft = {
  orderKey: 'aliexpress:8181234567890123',
  reason: 'damaged',
  outcome: 'partial-refund',
  partialAmount: { minor: 550, currency: 'USD' },
  incidentDate: '2026-11-20',
  facts: 'The box was crushed.',
  channel: 'seller-message',
  language: 'ru',
  text: 'short text',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('draft fields', () => {
  it('start from the order: not received until it arrived, then not as described; the language from the settings', () => {
    expect(defaultFields(fakeOrder({ status: { text: 'Awaiting delivery', kind: 'shipped' } }), 'ru')).toMatchObject({ reason: 'not-received', language: 'ru', outcome: 'full-refund' });
    expect(defaultFields(fakeOrder({ status: { text: 'Completed', kind: 'completed' } }), 'en').reason).toBe('not-as-described');
  });

  it('turn a draft into fields and back without loss', () => {
    const fields = fieldsFromDraft(DRAFT, 500);
    expect(fields).toMatchObject({ amountText: '5.50', incidentDate: '2026-11-20', preferFull: false });
    const { updatedAt: _, ...content } = DRAFT;
    expect(draftFromFields(DRAFT.orderKey, fields, 'USD', 'short text')).toEqual(content);
  });

  it('remember that the full text was chosen when the saved text is longer than the limit', () => {
    expect(fieldsFromDraft({ ...DRAFT, text: 'x'.repeat(501) }, 500).preferFull).toBe(true);
  });

  it('keep a partial amount only for a partial refund, and only when it parses', () => {
    const fields = fieldsFromDraft(DRAFT, 500);
    expect(draftFromFields(DRAFT.orderKey, { ...fields, outcome: 'full-refund' }, 'USD', '').partialAmount).toBeUndefined();
    expect(draftFromFields(DRAFT.orderKey, { ...fields, amountText: 'five' }, 'USD', '').partialAmount).toBeUndefined();
    expect(draftFromFields(DRAFT.orderKey, { ...fields, incidentDate: '' }, 'USD', '').incidentDate).toBeUndefined();
  });

  it('parse typed amounts into minor units of the order’s currency', () => {
    expect(partialAmount({ amountText: '12,5' }, 'EUR')).toEqual({ minor: 1250, currency: 'EUR' });
    expect(partialAmount({ amountText: '1 200' }, 'JPY')).toEqual({ minor: 1200, currency: 'JPY' });
    expect(partialAmount({ amountText: '1.5' }, 'JPY')).toBeNull();
    expect(partialAmount({ amountText: ' ' }, 'USD')).toBeNull();
    expect(amountText({ minor: 5, currency: 'USD' })).toBe('0.05');
    expect(amountText({ minor: 1200, currency: 'JPY' })).toBe('1200');
  });

  it('ask the refund in the currency the order was paid in', () => {
    expect(orderCurrency(fakeOrder({ total: { minor: 100, currency: 'RUB' } }))).toBe('RUB');
    expect(orderCurrency(fakeOrder({ total: undefined }))).toBe('USD');
  });

  it('name the page’s own words for the tone check: titles, variants, the seller, and the capitalised words in them', () => {
    const order = fakeOrder({ items: [{ title: 'XIAOMI Redmi Buds 5 PRO TWS', variant: 'Color: BLACK', quantity: 1 }], seller: { name: 'MI Official Store' } });
    expect(pageWords(order)).toEqual(['XIAOMI Redmi Buds 5 PRO TWS', 'Color: BLACK', 'MI Official Store', 'XIAOMI', 'PRO', 'TWS', 'BLACK', 'MI']);
  });
});
