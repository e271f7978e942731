import { describe, expect, it } from 'vitest';
import { afterLabel, isLabel, labelField, speaksOfReturns } from './labels';

describe('labels', () => {
  it.each([
    ['Grand Total:', 'grandTotal'], // order-detail-en
    ['Gesamtsumme: ', 'grandTotal'], // order-detail-de
    ['Item(s) Subtotal:', 'subtotal'], // order-detail-en
    ['Zwischensumme:', 'subtotal'], // order-detail-de
    ['Shipping & Handling:', 'shipping'], // order-detail-en
    ['Verpackung & Versand:', 'shipping'], // order-detail-de
    ['Total before tax:', undefined],
    ['Estimated tax to be collected:', undefined],
    ['Summe:', undefined], // order-detail-de prints it beside "Gesamtsumme", but it is not the grand total
  ])('"%s" names %s', (text, field) => {
    expect(labelField(text, ['grandTotal', 'subtotal', 'shipping'])).toBe(field);
  });

  it('list header cells: "Total", "Summe"; "Order placed", "Bestellung aufgegeben"', () => {
    expect(isLabel('Total', 'listTotal')).toBe(true);
    expect(isLabel('SUMME', 'listTotal')).toBe(true);
    expect(isLabel('Order placed', 'orderDate')).toBe(true);
    expect(isLabel('Bestellung aufgegeben', 'orderDate')).toBe(true);
    expect(isLabel('Ship to', 'listTotal')).toBe(false);
  });

  it.each([
    ['Sold by: Northwind Home Goods', 'Northwind Home Goods'], // order-detail-en (text around the link)
    ['Verkauf durch: Amazon.de', 'Amazon.de'], // order-detail-de
    ['Vendu par : Amazon EU S.a.r.L.', 'Amazon EU S.a.r.L.'],
    ['Sold by:', undefined],
    ['Sold byAmazon', undefined],
    ['Ships from: Amazon', undefined],
  ])('afterLabel("%s", soldBy) is %s', (text, value) => {
    expect(afterLabel(text, 'soldBy')).toBe(value);
  });

  it.each([
    ['Return or replace items: Eligible through December 5, 2026', true],
    ['Return window closed on November 14, 2026', true],
    ['Widerruf, Rückgabe oder Ersatz: Berechtigt bis zum 25. September 2026', true],
    ['Zeitraum für Rückgabe endet am 06. Dezember 2026', true],
    ['Your package was left near the front door or porch.', false],
    ['Auto-delivered: Every 2 months', false],
  ])('"%s" speaks of returns: %s', (text, yes) => {
    expect(speaksOfReturns(text)).toBe(yes);
  });
});
