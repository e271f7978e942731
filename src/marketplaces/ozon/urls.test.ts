// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { ozon } from './index';
import { OZON_MATCH_PATTERNS, isOzonHost, ozonOrderIdFromUrl, ozonPageKindFromUrl } from './urls';

const empty = () => parseHtml('');

describe('pageKind from the URL', () => {
  it.each([
    ['https://www.ozon.ru/my/orderdetails/?order=12345678-0012', 'order-detail'],
    ['https://www.ozon.ru/my/orderdetails?order=12345678-0012-1', 'order-detail'],
    ['https://www.ozon.ru/my/orderlist', 'order-list'],
    ['https://www.ozon.ru/my/orderlist/?page=2', 'order-list'],
    ['https://www.ozon.ru/', 'other'],
    ['https://www.ozon.ru/product/termokruzhka-450-ml-7101234569/', 'other'],
    ['https://www.ozon.ru/my/main', 'other'],
    ['https://www.ozon.ru/my/orderlistx', 'other'],
    ['https://www.ozon.ru/cart', 'other'],
    ['https://seller.example/my/orderdetails/?order=12345678-0012', 'other'],
    ['https://notozon.ru/my/orderlist', 'other'],
  ])('%s is %s, whatever the document holds', (href, kind) => {
    expect(ozonPageKindFromUrl(new URL(href))).toBe(kind);
    expect(ozon.pageKind(new URL(href), empty())).toBe(kind);
  });
});

describe('the order number in a URL', () => {
  it.each([
    ['https://www.ozon.ru/my/orderdetails/?order=12345678-0012', '12345678-0012'],
    ['https://www.ozon.ru/my/orderdetails/?order=12345678-0012-1', '12345678-0012-1'],
    ['https://www.ozon.ru/my/orderdetails/?order=abc', undefined],
    ['https://www.ozon.ru/my/orderdetails/?order=..%2F..%2Fsettings', undefined],
    ['https://www.ozon.ru/my/orderlist?order=12345678-0012', undefined],
    ['https://evil.example/my/orderdetails/?order=12345678-0012', undefined],
  ])('%s → %s', (href, id) => {
    expect(ozonOrderIdFromUrl(new URL(href))).toBe(id);
  });
});

describe('hosts and match patterns', () => {
  it('knows ozon.ru and its subdomains, nothing that merely ends like it', () => {
    expect(isOzonHost('www.ozon.ru')).toBe(true);
    expect(isOzonHost('ozon.ru')).toBe(true);
    expect(isOzonHost('notozon.ru')).toBe(false);
    expect(isOzonHost('ozon.ru.example')).toBe(false);
  });
  it('match only the order pages', () => {
    expect(OZON_MATCH_PATTERNS).toEqual(['*://www.ozon.ru/my/orderdetails*', '*://www.ozon.ru/my/orderlist*']);
  });
});

describe('pageKind confirmed by the document where the URL says nothing', () => {
  it('an order list at an unknown Ozon path is a list (order-list.html)', () => {
    expect(ozon.pageKind(new URL('https://www.ozon.ru/my/orders-new'), loadFixture('ozon/order-list.html'))).toBe('order-list');
  });
  it('order details at an unknown Ozon path are details (order-detail.html)', () => {
    expect(ozon.pageKind(new URL('https://www.ozon.ru/my/order-new'), loadFixture('ozon/order-detail.html'))).toBe('order-detail');
  });
  it('Ozon widgets on another site do not make it an Ozon order page', () => {
    expect(ozon.pageKind(new URL('https://shop.example/orders'), loadFixture('ozon/order-list.html'))).toBe('other');
  });
});
