import { describe, expect, it } from 'vitest';
import { readAspects } from './aspects';
import { daysIn } from './month-day';
import { agree, perUnit, quantityFrom, readMoney, trackingFrom } from './values';

describe('readMoney: amounts as each eBay site prints them', () => {
  it.each([
    ['US $34.99', 'en', { minor: 3499, currency: 'USD' }], // order-detail-en
    ['$12.34', 'en', { minor: 1234, currency: 'USD' }], // ebay.com without the "US" prefix
    ['£12.34', 'en-GB', { minor: 1234, currency: 'GBP' }], // ebay.co.uk
    ['EUR 12,34', 'de', { minor: 1234, currency: 'EUR' }], // ebay.de
    ['EUR 1.234,56', 'de', { minor: 123456, currency: 'EUR' }],
    ['12,34 €', 'de', { minor: 1234, currency: 'EUR' }],
    ['NOK 19.26 (US $2.28)', 'en', { minor: 228, currency: 'USD' }], // README: the bracketed amount is what the buyer paid
    ['US $34.99 (incl. VAT)', 'en', { minor: 3499, currency: 'USD' }], // brackets without an amount
    ['12.34', 'en', undefined], // no currency: not a guess
    ['Free', 'en', undefined], // no currency to be free in
  ])('%s (%s) → %j', (text, locale, money) => expect(readMoney(text, locale)).toEqual(money));

  it('"Free" is zero in the currency the page shows elsewhere', () => {
    expect(readMoney('Free', 'en', 'USD')).toEqual({ minor: 0, currency: 'USD' });
    expect(readMoney('Kostenlos', 'de', 'EUR')).toEqual({ minor: 0, currency: 'EUR' });
  });
});

describe('small values', () => {
  it('agree: one value when every witness says it, none when they differ', () => {
    expect(agree(['a', undefined, 'a'])).toBe('a');
    expect(agree(['a', 'b'])).toBeUndefined();
    expect(agree([])).toBeUndefined();
  });

  it.each([
    ['Quantity 3', 3],
    ['Quantity: 3', 3],
    ['Anzahl: 2', 2],
    ['Quantity 0', undefined],
    ['Quantity three', undefined],
  ])('quantityFrom(%j) → %j', (text, n) => expect(quantityFrom(text)).toBe(n));

  it.each([
    ['9400111899223345678901', '9400111899223345678901'], // order-detail-en (USPS)
    ['1Z 999 AA1 01 2345 6784', '1Z999AA10123456784'],
    ['Awaiting shipment', undefined], // the Playwright scraper's placeholder words
    ['12345', undefined],
  ])('trackingFrom(%j) → %j', (text, number) => expect(trackingFrom(text)).toBe(number));

  it('perUnit divides a line total only into whole minor units', () => {
    expect(perUnit({ minor: 6998, currency: 'USD' }, 2)).toEqual({ minor: 3499, currency: 'USD' });
    expect(perUnit({ minor: 1000, currency: 'USD' }, 3)).toBeUndefined();
  });
});

describe('daysIn: month-day dates with the year from the order date', () => {
  it.each([
    ['Delivered on Nov 9', '2026-11-03', ['2026-11-09']], // order-detail-en
    ['Delivered on Jan 4', '2026-12-28', ['2027-01-04']], // across the new year
    ['Delivered on Nov 9', '2026-11-03T19:42:00-08:00', ['2026-11-09']],
    ['Return window ends on Dec 9, 2026', undefined, ['2026-12-09']], // a printed year needs no order date
    ['Estimated delivery Thu, Nov 12 - Mon, Nov 16', '2026-11-03', ['2026-11-12', '2026-11-16']],
    ['Zugestellt am 9. Nov.', '2026-11-03', ['2026-11-09']], // de day-first (wording unconfirmed)
    ['Delivered 9 Nov', '2026-11-03', ['2026-11-09']], // en-GB day-first
    ['Delivered on Nov 9', undefined, []], // no year to be had: no date
    ['Delivered on Feb 30', '2026-02-01', []],
    ['Delivered', '2026-11-03', []],
  ])('%j placed %j → %j', (text, placed, days) => expect(daysIn(text, placed)).toEqual(days));
});

describe('readAspects: item aspect lines sorted as Kagee sorts them', () => {
  it('order-detail-en: the item number and the return window are not the variation', () => {
    expect(readAspects(['Item number: 135123456789', 'Color: Brown', 'Return window ends on Dec 9, 2026'])).toEqual({
      variant: 'Color: Brown',
      quantity: undefined,
      returnWindows: ['Return window ends on Dec 9, 2026'],
    });
  });

  it('"19 Sections ⋅ Quantity 3" is a variation and a count; "Quantity: 3" a count alone', () => {
    expect(readAspects(['19 Sections ⋅ Quantity 3'])).toMatchObject({ variant: '19 Sections', quantity: 3 });
    expect(readAspects(['Color: Brown', 'Quantity: 3'])).toMatchObject({ variant: 'Color: Brown', quantity: 3 });
    expect(readAspects(['1 Pcs ⋅ 5KG Sensor +Green HX711'])).toMatchObject({ variant: '1 Pcs ⋅ 5KG Sensor +Green HX711', quantity: undefined });
  });
});
