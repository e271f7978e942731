// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml, readFixture } from '../../../tests/support/load-fixture';
import { readEbayOrder } from './read-order';

/**
 * Order-details states the fixture does not show, built from order-detail-en.html by replacing text
 * or markup; each test says what it changes and why that shape is plausible.
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const URL_ = new URL('https://www.ebay.com/vod/FetchOrderDetails?orderId=12-12345-67890');
const FIXTURE = readFixture('ebay/order-detail-en.html');

function edited(...replacements: readonly (readonly [string, string])[]): Document {
  let html = FIXTURE;
  for (const [from, to] of replacements) {
    expect(html, `the fixture holds ${from}`).toContain(from);
    html = html.replace(from, to);
  }
  return parseHtml(html);
}

const read = (doc: Document, url = URL_) => readEbayOrder(doc, { url, now: NOW });

describe('the status line', () => {
  it('an estimate before delivery gives the estimated range, no delivery day (wording unconfirmed)', () => {
    const reading = read(edited(['>Delivered on Nov 9<', '>Shipped · Estimated delivery Thu, Nov 12 - Mon, Nov 16<']));
    expect(reading.status?.kind).toBe('shipped');
    expect(reading.dates).toEqual({ ordered: '2026-11-03', estimatedDelivery: { from: '2026-11-12', to: '2026-11-16' }, returnWindowEnd: '2026-12-09' });
  });

  it('a date in a status line that is not an estimate is not taken for one', () => {
    const reading = read(edited(['>Delivered on Nov 9<', '>Shipped on Nov 5<']));
    expect(reading.dates.estimatedDelivery).toBeUndefined();
    expect(reading.dates.delivered).toBeUndefined();
  });

  it('without an order date, "Delivered on Nov 9" has no year and gives no date', () => {
    const reading = read(edited(['<dt>Time placed</dt><dd>Nov 3, 2026 at 7:42 PM</dd>', '']));
    expect(reading.status?.kind).toBe('delivered');
    expect(reading.dates.delivered).toBeUndefined();
    expect(reading.missing).toEqual(['orderDate']);
  });
});

describe('items', () => {
  it('"… ⋅ Quantity 2" gives the count, and the printed line total is split per unit (Playwright scraper)', () => {
    const reading = read(
      edited(['Color: Brown</div>', 'Color: Brown ⋅ Quantity 2</div>'], ['<div class="item-price">US $34.99</div>', '<div class="item-price">US $69.98</div>']),
    );
    expect(reading.items[0]).toMatchObject({ variant: 'Color: Brown', quantity: 2, unitPrice: { minor: 3499, currency: 'USD' } });
  });

  it('screen-reader copies (`.clipped`) are not read twice (Kagee: aspect text printed visibly and reworded)', () => {
    const reading = read(edited(['Color: Brown</div>', 'Color: Brown<span class="clipped">Color, Brown</span></div>']));
    expect(reading.items[0]?.variant).toBe('Color: Brown');
  });
});

describe('markup', () => {
  it("eBay's UI-kit nesting (dl > div > dt/dd, spans inside each cell) reads the same", () => {
    const nest = (label: string, value: string) =>
      `<div class="vodlabelsValues"><dl class="eui-labels-values"><div class="eui-label-value-line"><dt class="eui-label"><span class="eui-textual-display"><span class="eui-text-span"><span>${label}</span></span></span></dt><dd><span class="eui-textual-display"><span class="eui-text-span"><span>${value}</span></span></span></dd></div></dl></div>`;
    const reading = read(
      edited(
        ['<dl class="vodlabelsValues"><dt>Time placed</dt><dd>Nov 3, 2026 at 7:42 PM</dd></dl>', nest('Time placed', 'Nov 3, 2026 at 7:42 PM')],
        ['<dl class="vodlabelsValues"><dt>Order number</dt><dd>12-12345-67890</dd></dl>', nest('Order number', '12-12345-67890')],
        ['<div class="order-summary-total"><dl class="vodlabelsValues"><dt>Order total</dt><dd>US $34.99</dd></dl></div>', `<div class="order-summary-total">${nest('Order total', 'US $34.99')}</div>`],
      ),
    );
    expect(reading).toMatchObject({ orderId: '12-12345-67890', total: { minor: 3499, currency: 'USD' }, dates: { ordered: '2026-11-03' } });
  });

  it('a dt whose dd is gone has no value: the next row does not stand in for it', () => {
    const reading = read(edited(['<dt>1 item</dt><dd>US $34.99</dd>', '<dt>1 item</dt>']));
    expect(reading.subtotal).toBeUndefined();
    expect(reading.shipping).toEqual({ minor: 0, currency: 'USD' });
  });

  it('two orders on one page: the one the URL names is read, and the page-wide summary is left out', () => {
    const box = FIXTURE.slice(FIXTURE.indexOf('<div class="order-box">'), FIXTURE.lastIndexOf('</body>'));
    const other = box.replace('12-12345-67890', '19-54321-09876').replace('cascade_outfitters', 'lens_corner');
    const doc = parseHtml(FIXTURE.replace('</body>', `${other}</body>`));
    const second = read(doc, new URL('https://www.ebay.com/vod/FetchOrderDetails?orderId=19-54321-09876'));
    expect(second).toMatchObject({ orderId: '19-54321-09876', seller: { name: 'lens_corner' } });
    expect(second.total).toBeUndefined();
    expect(second.subtotal).toBeUndefined();
    expect(read(doc).seller?.name).toBe('cascade_outfitters');
  });

  it('an order number in the URL that the page contradicts is not reported', () => {
    const reading = read(edited(), new URL('https://www.ebay.com/vod/FetchOrderDetails?orderId=19-54321-09876'));
    expect(reading.orderId).toBeUndefined();
  });
});
