// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml, readFixture } from '../../../tests/support/load-fixture';
import { ebayOrderBlock } from './order-block';

describe('the order block', () => {
  it('order-detail-en: the order box, holding the product, the order number and the tracking', () => {
    const doc = loadFixture('ebay/order-detail-en.html');
    const block = ebayOrderBlock(doc)!;
    expect(block).not.toBeNull();
    expect(block).not.toBe(doc.body);
    expect(block).not.toBe(doc.documentElement);
    const text = (block.textContent ?? '').replace(/\s+/g, ' ');
    for (const words of ['Vintage Style Leather Camera Strap, Adjustable, Brown', '12-12345-67890', '9400111899223345678901']) expect(text).toContain(words);
  });

  it('takes the summary in when the box and the summary share a column of their own', () => {
    const html = readFixture('ebay/order-detail-en.html').replace('<body>', '<body><main id="column">').replace('</body>', '</main><footer>Footer</footer></body>');
    const doc = parseHtml(html);
    expect(ebayOrderBlock(doc)?.id).toBe('column');
  });

  it('is null on a page that is not an order page', () => {
    expect(ebayOrderBlock(loadFixture('aliexpress/not-an-order.html'))).toBeNull();
    expect(ebayOrderBlock(loadFixture('ebay/order-list-en.html'))).toBeNull();
  });
});
