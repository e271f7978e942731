// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/load-fixture';
import { aliexpress } from './index';
import { protectionFromText } from './protection';

// No fixture shows a protection timer (fixtures README, "Where the sources differ" 6): the wordings
// below are the shared README's, unverified on a real page.
const NOW = new Date('2026-11-24T10:00:00Z');

describe('protectionFromText', () => {
  it.each([
    ['Buyer protection: 12 days 03:14:55', '2026-12-06T13:14:55.000Z'],
    ['Confirm receipt within 12 days', '2026-12-06T10:00:00.000Z'],
    ['Защита покупателя: 12 дн. 3 ч.', '2026-12-06T13:00:00.000Z'],
    ['Подтвердите получение в течение 12 дн.', '2026-12-06T10:00:00.000Z'],
  ])('%j ends at %s', (text, endsAt) => {
    expect(protectionFromText(text, NOW)).toEqual({ text, readAt: NOW.toISOString(), endsAt });
  });
  it.each(['75-day buyer protection', 'Buyer protection', 'Order date: Feb 21, 2026', 'Delivery: Dec 09 - 18'])(
    '%j is not a timer',
    (text) => expect(protectionFromText(text, NOW)).toBeNull(),
  );
});

describe('a timer on an order page', () => {
  it('becomes protection and dates.protectionEnd (wording appended to order-detail-global-en)', () => {
    const doc = loadFixture('aliexpress/order-detail-global-en.html');
    const line = doc.createElement('div');
    line.textContent = 'Buyer protection: 12 days 03:14:55';
    // Something must follow it: text that ends a document may have been cut off, and is not trusted.
    const footer = doc.createElement('footer');
    footer.textContent = '© AliExpress';
    doc.body.append(line, footer);
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382');
    const reading = aliexpress.readOrder(doc, { url, now: NOW });
    expect(reading.protection).toEqual({ text: 'Buyer protection: 12 days 03:14:55', readAt: NOW.toISOString(), endsAt: '2026-12-06T13:14:55.000Z' });
    expect(reading.dates.protectionEnd).toBe('2026-12-06T13:14:55.000Z');
  });
});
