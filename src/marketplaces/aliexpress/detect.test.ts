// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listFixtures, loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { detectLayout } from './detect';
import { aliexpress } from './index';

const empty = () => parseHtml('');

describe('pageKind from the URL', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382', 'order-detail'],
    ['https://fr.aliexpress.com/p/order/detail.html?orderId=3053310275568841', 'order-detail'],
    ['https://www.aliexpress.us/p/order/detail.html?orderId=3052219904417382', 'order-detail'],
    ['https://www.aliexpress.com/p/order/index.html', 'order-list'],
    ['https://aliexpress.ru/order-list/5012946627301185', 'order-detail'],
    ['https://aliexpress.ru/order-list/5012946627301185?filterName=archive', 'order-detail'],
    ['https://aliexpress.ru/order-list?filterName=archive', 'order-list'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=8014415270336621', 'order-detail'],
    ['https://trade.aliexpress.com/orderList.htm', 'order-list'],
    ['https://www.aliexpress.com/item/1005008123456789.html', 'other'],
    ['https://www.amazon.com/p/order/detail.html?orderId=3052219904417382', 'other'],
  ])('%s is %s, whatever the document holds', (href, kind) => {
    expect(aliexpress.pageKind(new URL(href), empty())).toBe(kind);
  });
});

describe('pageKind confirmed by the document where the URL says nothing', () => {
  it('an order list served at an unknown AliExpress path is a list (order-list-global-en)', () => {
    const doc = loadFixture('aliexpress/order-list-global-en.html');
    expect(aliexpress.pageKind(new URL('https://m.aliexpress.com/orders/all'), doc)).toBe('order-list');
  });
  it('an order detail at an unknown AliExpress path is a detail (order-detail-ru)', () => {
    const doc = loadFixture('aliexpress/order-detail-ru.html');
    expect(aliexpress.pageKind(new URL('https://aliexpress.ru/orders/5012946627301185'), doc)).toBe('order-detail');
  });
  it('the product page stays other (not-an-order)', () => {
    const doc = loadFixture('aliexpress/not-an-order.html');
    expect(aliexpress.pageKind(new URL('https://www.aliexpress.com/item/1005008123456789.html'), doc)).toBe('other');
  });
  it('order markup on another site does not make it an AliExpress order page', () => {
    const doc = loadFixture('aliexpress/order-list-global-en.html');
    expect(aliexpress.pageKind(new URL('https://shop.example/orders'), doc)).toBe('other');
  });
});

describe('detectLayout', () => {
  const layoutOf = (path: string) => (/legacy/.test(path) ? 'legacy' : /-ru/.test(path) ? 'ru' : 'global');
  it.each(listFixtures('aliexpress').filter((p) => !p.includes('not-an-order')))(
    '%s, even saved and opened from disk',
    (path) => {
      expect(detectLayout(new URL('file:///home/me/saved.html'), loadFixture(path))).toBe(layoutOf(path));
    },
  );
  it.each([
    ['https://trade.aliexpress.com/orderList.htm', 'legacy'],
    ['https://aliexpress.ru/order-list', 'ru'],
    ['https://www.aliexpress.com/p/order/index.html', 'global'],
    ['https://shop.example/orders', undefined],
  ])('an empty page at %s falls back to the host: %s', (href, layout) => {
    expect(detectLayout(new URL(href), empty())).toBe(layout);
  });
});
