import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../core/parse/normalize-text';
import { foldWithMap, matchLabel } from './match-label';
import { orderNumberFrom } from './order-number';

// Text-level checks of the label tables (labels.ts) in every language; the DOM shapes around the
// labels are proven on real fixtures in labels.test.ts.
const match = (text: string) => matchLabel(normalizeText(text));

describe('matchLabel', () => {
  it.each([
    ['Order number: 113-1234567', 'orderId', 'strong'],
    ['Order #113-1234567', 'orderId', 'strong'],
    ['Номер заказа: 12345678-0012', 'orderId', 'strong'],
    ['Заказ № 12345678', 'orderId', 'strong'],
    ['Заказ №12345678', 'orderId', 'strong'],
    ['Bestellnummer 302-1234567', 'orderId', 'strong'],
    ['Número de pedido: 4011-22', 'orderId', 'strong'],
    ['Nº de pedido: 4011-22', 'orderId', 'strong'],
    ['Numéro de commande : 3053', 'orderId', 'strong'],
    ['Nº de commande : 3053', 'orderId', 'strong'],
    ['Order 5013187720456312', 'orderId', 'weak'],
    ['Order date: Feb 21, 2026', 'orderDate', 'strong'],
    ['Дата заказа: 21 февраля 2026', 'orderDate', 'strong'],
    ['Bestelldatum: 3. November 2026', 'orderDate', 'strong'],
    ['Fecha del pedido: 3 de noviembre de 2026', 'orderDate', 'strong'],
    ['Date de commande : 12 mars 2026', 'orderDate', 'strong'],
    ['Grand Total: $58.82', 'total', 'strong'],
    ['Итого к оплате: 2 232,56 ₽', 'total', 'strong'],
    ['Gesamtsumme: 37,48 €', 'total', 'strong'],
    ['Total del pedido: 28,28 €', 'total', 'strong'],
    ['Montant total : 28,28 €', 'total', 'strong'],
    ['Summe: 37,48 €', 'total', 'weak'],
  ])('%s → %s (%s)', (text, field, strength) => {
    expect(match(text)).toMatchObject({ field, strength });
  });

  it('keeps the value in the page’s case and says whether a colon separated it', () => {
    expect(match('Order ID: PO-211-12345678901234567')).toMatchObject({ rest: 'PO-211-12345678901234567', colon: true });
    expect(match('ORDER NUMBER PO-9')).toMatchObject({ rest: 'PO-9', colon: false });
    expect(match('Numéro de commande : AB-3053')).toMatchObject({ rest: 'AB-3053', colon: true });
  });

  it('needs the label at the start and as whole words', () => {
    expect(match('Your order number is 12345')).toBeUndefined();
    expect(match('Orders')).toBeUndefined();
    expect(match('Totals')).toBeUndefined();
    expect(match('Item(s) Subtotal: $54.97')).toBeUndefined();
  });

  it('folds case and accents while mapping back to the original text', () => {
    const { folded, origin } = foldWithMap('Numéro É');
    expect(folded).toBe('numero e');
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('orderNumberFrom', () => {
  it.each([
    ['113-1234567-1234567', false, '113-1234567-1234567'],
    ['#113-1234567-1234567', false, '113-1234567-1234567'],
    ['No 12345678', false, '12345678'],
    ['3051846203917562 Copy', false, '3051846203917562'],
    ['PO-211-12345678901234567', true, 'PO-211-12345678901234567'],
  ])('%s → %s', (value, single, id) => {
    expect(orderNumberFrom(value, single)).toBe(id);
  });

  it.each([
    ['2026-11-03', 'a date'],
    ['123', 'too short'],
    ['pending', 'no digit'],
    ['12,345.67', 'an amount'],
    ['от 12 ноября', 'words'],
    ['3051846203917562 Copy', 'more than one token after a weak label'],
    ['1 of 3 has shipped today', 'a sentence'],
  ])('refuses %s (%s)', (value, why) => {
    expect(orderNumberFrom(value, why.includes('weak'))).toBeUndefined();
  });
});
