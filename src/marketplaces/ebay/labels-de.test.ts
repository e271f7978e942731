// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml, readFixture } from '../../../tests/support/load-fixture';
import { ebay } from './index';

/**
 * ebay.de label handling. No public source shows an ebay.de order page (tests/fixtures/ebay/README.md),
 * so there is no German fixture: these pages are the English fixtures with their labels, amounts and
 * dates replaced by German ones. They prove the readers handle German labels, "EUR 34,99" / "12,50 €"
 * and day-first dates; they do not prove ebay.de prints these words (labels.ts marks them unconfirmed).
 */
const NOW = new Date('2026-11-24T10:00:00Z');

function germanPage(fixture: string, replacements: readonly (readonly [string, string])[]): Document {
  let html = readFixture(fixture).replace('<html lang="en">', '<html lang="de">');
  for (const [en, de] of replacements) {
    expect(html, `the fixture prints ${en}`).toContain(en);
    html = html.split(en).join(de);
  }
  return parseHtml(html);
}

describe('order details with German labels (order-detail-en, relabelled)', () => {
  const url = new URL('https://www.ebay.de/vod/FetchOrderDetails?orderId=12-12345-67890');
  const doc = germanPage('ebay/order-detail-en.html', [
    ['<dt>Time placed</dt><dd>Nov 3, 2026 at 7:42 PM</dd>', '<dt>Bestelldatum</dt><dd>03.11.2026 um 19:42</dd>'],
    ['<dt>Order number</dt>', '<dt>Bestellnummer</dt>'],
    ['<dt>Sold by</dt>', '<dt>Verkauft von</dt>'],
    ['Delivered on Nov 9', 'Zugestellt am 9. Nov.'],
    ['<dt>Number</dt>', '<dt>Sendungsnummer</dt>'],
    ['<dt>Carrier</dt>', '<dt>Versandunternehmen</dt>'],
    ['<dt>1 item</dt>', '<dt>1 Artikel</dt>'],
    ['<dt>Shipping</dt><dd>Free</dd>', '<dt>Versand</dt><dd>Kostenlos</dd>'],
    ['<dt>Order total</dt>', '<dt>Gesamtbetrag</dt>'],
    ['US $34.99', 'EUR 34,99'],
    ['Item number:', 'Artikelnummer:'],
    ['Color: Brown', 'Farbe: Braun'],
    ['Return window ends on Dec 9, 2026', 'Rückgabefrist endet am 9. Dez. 2026'],
  ]);

  it('is an order page of ebay.de', () => {
    expect(ebay.matches(url)).toBe(true);
    expect(ebay.pageKind(url, doc)).toBe('order-detail');
  });

  it('reads the same order, in euros', () => {
    const reading = ebay.readOrder(doc, { url, now: NOW });
    const eur = (minor: number) => ({ minor, currency: 'EUR' });
    expect(reading).toMatchObject({
      orderId: '12-12345-67890',
      items: [{ title: 'Vintage Style Leather Camera Strap, Adjustable, Brown', variant: 'Farbe: Braun', quantity: 1, unitPrice: eur(3499) }],
      subtotal: eur(3499),
      shipping: eur(0),
      total: eur(3499),
      seller: { name: 'cascade_outfitters' },
      status: { text: 'Zugestellt am 9. Nov.', kind: 'delivered' },
      dates: { ordered: '2026-11-03', delivered: '2026-11-09', returnWindowEnd: '2026-12-09' },
      tracking: [{ number: '9400111899223345678901', carrier: 'USPS' }],
    });
    expect(reading.missing).toEqual([]);
  });
});

describe('purchase history with German labels (order-list-en, relabelled)', () => {
  const url = new URL('https://www.ebay.de/mye/myebay/purchase');
  const doc = germanPage('ebay/order-list-en.html', [
    ['>Delivered<', '>Zugestellt<'],
    ['>Shipped<', '>Versandt<'],
    ['>Order date<', '>Bestelldatum<'],
    ['>Order total<', '>Gesamtbetrag<'],
    ['>Order number<', '>Bestellnummer<'],
    ['Nov 3, 2026', '03.11.2026'],
    ['Nov 18, 2026', '18.11.2026'],
    ['US $34.99', 'EUR 34,99'],
    ['US $12.50', '12,50 €'],
    // A link found by its words, not its path: the details page of ebay.de is not confirmed.
    ['https://www.ebay.com/vod/FetchOrderDetails?', 'https://www.ebay.de/details?'],
    ['View order details', 'Bestelldetails anzeigen'],
  ]);

  it('reads both cards', () => {
    expect(ebay.pageKind(url, doc)).toBe('order-list');
    const readings = ebay.readOrderList(doc, { url, now: NOW });
    expect(readings).toHaveLength(2);
    expect(readings[0]).toMatchObject({
      orderId: '12-12345-67890',
      url: 'https://www.ebay.de/details?orderId=12-12345-67890',
      total: { minor: 3499, currency: 'EUR' },
      status: { text: 'Zugestellt', kind: 'delivered' },
      dates: { ordered: '2026-11-03' },
    });
    expect(readings[1]).toMatchObject({
      orderId: '19-54321-09876',
      total: { minor: 1250, currency: 'EUR' },
      status: { text: 'Versandt', kind: 'shipped' },
      dates: { ordered: '2026-11-18' },
      items: [{ title: 'Replacement Lens Cap 52mm, Snap-On', quantity: 1, unitPrice: { minor: 1250, currency: 'EUR' } }],
    });
  });
});
