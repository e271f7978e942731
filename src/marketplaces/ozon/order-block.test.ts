// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { ozonOrderBlock } from './order-block';

describe('the order block', () => {
  it('order-detail.html: holds every product and the "Товары" sum, and is smaller than the page', () => {
    const doc = loadFixture('ozon/order-detail.html');
    const block = ozonOrderBlock(doc)!;
    expect(block).not.toBeNull();
    expect(block).not.toBe(doc.documentElement);
    expect(block).not.toBe(doc.body);
    const text = (block.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Наушники беспроводные TWS, Bluetooth 5.3, с шумоподавлением');
    expect(text).toContain('Чехол силиконовый для кейса наушников, прозрачный');
    expect(text).toContain('Товары');
  });

  it('is null on the order list and on an empty page', () => {
    expect(ozonOrderBlock(loadFixture('ozon/order-list.html'))).toBeNull();
    expect(ozonOrderBlock(parseHtml(''))).toBeNull();
  });
});
