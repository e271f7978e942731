import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './dom';
import { idFrom, idFromHref, quantityFrom, trackingFrom } from './values';

describe('idFrom', () => {
  it.each([
    ['3052219904417382', '3052219904417382'],
    ['3051846203917562Copy', '3051846203917562'], // order-list-global-en: "Copy" glued to the id
    ['8014415270336621 View Detail', '8014415270336621'], // order-list-legacy
    ['1/2', undefined],
    ['2026', undefined],
    ['№ 123', undefined],
    ['113-1234567-1234567', undefined], // an Amazon order number is not an AliExpress one
  ])('%j → %j', (text, id) => expect(idFrom(text)).toBe(id));
});

describe('idFromHref', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=3051846203917562', '3051846203917562'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=8014415270336621', '8014415270336621'],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=abc', undefined],
    ['https://www.aliexpress.com/p/order/detail.html', undefined],
    ['not a url', undefined],
  ])('%s → %j', (href, id) => expect(idFromHref(href)).toBe(id));
});

describe('quantityFrom', () => {
  it.each([
    ['x2', 2],
    ['X1', 1],
    ['×3', 3],
    ['1 Piece', 1],
    ['2 Pieces', 2],
    ['2 pcs.', 2],
    ['1 шт.', 1],
    ['2', 2],
    ['x0', undefined],
    ['US $4.99', undefined],
    ['', undefined],
  ])('%j → %j', (text, n) => expect(quantityFrom(text)).toBe(n));
});

describe('trackingFrom', () => {
  it.each([
    ['LP00712345678901', 'LP00712345678901'],
    ['RB481726395CN', 'RB481726395CN'],
    ['Copy', undefined],
    ['12345', undefined],
    ['', undefined],
  ])('%j → %j', (text, n) => expect(trackingFrom(text)).toBe(n));
});

describe('absoluteUrl', () => {
  const page = new URL('http://www.aliexpress.com/p/order/detail.html?orderId=1');
  it.each([
    ['//www.aliexpress.com/item/1.html', 'https://www.aliexpress.com/item/1.html'], // protocol-relative: https even on an http page
    ['/store/1103724518', 'http://www.aliexpress.com/store/1103724518'],
    ['https://ae01.alicdn.com/kf/a.jpg', 'https://ae01.alicdn.com/kf/a.jpg'],
    ['javascript:;', undefined], // order-list-legacy pager links
    ['', undefined],
    ['http://[', undefined],
  ])('%j → %j', (href, url) => expect(absoluteUrl(href, page)).toBe(url));
});
