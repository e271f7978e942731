import { describe, expect, it } from 'vitest';
import { afterLabel, isLabel, labelField } from './labels';

describe('afterLabel', () => {
  it.each([
    ['Order ID: 3052219904417382', 'orderId', '3052219904417382'],
    ['N° de commande : 3053310275568841', 'orderId', '3053310275568841'],
    ['Order date: Feb 21, 2026', 'orderDate', 'Feb 21, 2026'],
    ['Дата заказа: 21 февраля 2026', 'orderDate', '21 февраля 2026'],
    ['Payment method: PayPal', 'paymentMethod', 'PayPal'], // the value keeps its case
    ['Store name: Lumi Tech Store', 'seller', 'Lumi Tech Store'],
    ['Трек-номер: LP00712345678901', 'tracking', 'LP00712345678901'],
    ['Order IDs: 1, 2', 'orderId', undefined], // a label must end a word
    ['Order date:', 'orderDate', undefined], // a label with nothing after it
    ['Order ID', 'orderDate', undefined],
  ] as const)('%j as %s → %j', (text, field, value) => expect(afterLabel(text, field)).toBe(value));
});

describe('isLabel / labelField', () => {
  it.each([
    ['Total', 'total'],
    ['Total:', 'total'],
    ['Итого', 'total'],
    ['Sous-total', 'subtotal'],
    ['3 товара', 'subtotal'], // the aliexpress.ru item-count row (order-detail-ru)
    ['2 items', 'subtotal'],
    ['Livraison', 'shipping'],
    ['Доставка', 'shipping'],
    ['Shipping address', undefined],
    ['Total Amount', 'total'],
  ] as const)('%j names %j', (text, field) => expect(labelField(text, ['subtotal', 'shipping', 'total'])).toBe(field));

  it('recognises "free" wordings', () => {
    expect(isLabel('Бесплатно', 'free')).toBe(true);
    expect(isLabel('Free shipping', 'free')).toBe(true);
    expect(isLabel('Free gift with every order', 'free')).toBe(false);
  });
});
