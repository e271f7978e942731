import { describe, expect, it } from 'vitest';
import { printedDays } from './printed-days';

describe('printedDays', () => {
  it.each([
    // Shipment lines without a year take it from the order date (fixtures README).
    ['Delivered November 5', '2026-11-02', ['2026-11-05']], // order-detail-en, order-list-en
    ['Arriving November 26', '2026-11-20', ['2026-11-26']], // order-list-en
    ['Zugestellt: 6. November', '2026-11-03', ['2026-11-06']], // order-detail-de
    ['Zustellung: 27. November', '2026-11-21', ['2026-11-27']], // order-list-de
    ['Delivered 5 November', '2026-11-02', ['2026-11-05']], // amazon.co.uk writes the day first
    ['Consegnato 20 febbraio', '2026-02-18', ['2026-02-20']], // amazon.it
    ['Livré le 3 décembre', '2026-11-30', ['2026-12-03']],
    ['Entregado el 4 de diciembre', '2026-11-30', ['2026-12-04']],
    // Across the new year: the first such day on or after the order date.
    ['Delivered January 3', '2026-12-28', ['2027-01-03']],
    ['Arriving Dec 30 - Jan 2', '2026-12-27', ['2026-12-30', '2027-01-02']],
    // A printed year wins.
    ['Return or replace items: Eligible through December 5, 2026', '2026-11-02', ['2026-12-05']],
    ['Zeitraum für Rückgabe endet am 06. Dezember 2026', undefined, ['2026-12-06']],
    ['vom 1. August 2026 bis 3. August 2026', undefined, ['2026-08-01', '2026-08-03']],
    ['Delivered Nov 5, 2024', '2026-11-02', ['2024-11-05']],
  ])('"%s" (ordered %s) → %j', (text, ordered, days) => {
    expect(printedDays(text, ordered)).toEqual(days);
  });

  it.each([
    ['Delivered November 5', undefined], // no year anywhere: not guessed
    ['Arriving Tuesday', '2026-11-20'],
    ['Delivered February 30', '2026-02-01'],
    ['Order # 113-1234567-1234567', '2026-11-02'],
    ['32 oz, Wide Mouth', '2026-11-02'],
    ['', '2026-11-02'],
  ])('"%s" (ordered %s) has no day', (text, ordered) => {
    expect(printedDays(text, ordered)).toEqual([]);
  });
});
