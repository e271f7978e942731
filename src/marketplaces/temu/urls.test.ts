// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { temu } from './index';
import { TEMU_MATCH_PATTERNS, isTemuHost, temuOrderIdFromUrl, temuPageKindFromUrl } from './urls';

const empty = () => parseHtml('');

describe('pageKind from the URL', () => {
  it.each([
    ['https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567', 'order-detail'],
    ['https://www.temu.com/uk/bgt_order_detail.html?parent_order_sn=PO-162-12345678901234567', 'order-detail'],
    ['https://www.temu.com/de-en/bgt_order_detail.html?parent_order_sn=PO-098-12345678901234567', 'order-detail'],
    ['https://www.temu.com/bgt_orders.html', 'order-list'],
    ['https://www.temu.com/pl/bgt_orders.html?tab=1', 'order-list'],
    ['https://www.temu.com/goods.html?goods_id=601099512345678', 'other'],
    ['https://www.temu.com/bgas_refund_detail.html?parent_after_sales_sn=PO-211-12345678901234567-D01', 'other'],
    ['https://www.temu.com/', 'other'],
    ['https://www.temu.com/a/b/bgt_orders.html', 'other'],
    ['https://shop.example/bgt_orders.html', 'other'],
    ['https://nottemu.com/bgt_orders.html', 'other'],
  ])('%s is %s, whatever the document holds', (href, kind) => {
    expect(temuPageKindFromUrl(new URL(href))).toBe(kind);
    expect(temu.pageKind(new URL(href), empty())).toBe(kind);
  });
});

describe('the order number in a URL', () => {
  it.each([
    ['https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567', 'PO-211-12345678901234567'],
    ['https://www.temu.com/goods.html?goods_id=1&parent_order_sn=PO-211-06234479867513254', 'PO-211-06234479867513254'],
    ['https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-123', undefined],
    ['https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567-D01', undefined],
    ['https://www.temu.com/bgt_order_detail.html', undefined],
    ['https://evil.example/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567', undefined],
  ])('%s → %s', (href, id) => {
    expect(temuOrderIdFromUrl(new URL(href))).toBe(id);
  });
});

describe('hosts and match patterns', () => {
  it('knows temu.com and its subdomains, nothing that merely ends like it', () => {
    expect(isTemuHost('www.temu.com')).toBe(true);
    expect(isTemuHost('temu.com')).toBe(true);
    expect(isTemuHost('nottemu.com')).toBe(false);
    expect(isTemuHost('temu.com.example')).toBe(false);
  });
  it('match only the order pages', () => {
    expect(TEMU_MATCH_PATTERNS).toEqual(['*://www.temu.com/bgt_order*', '*://www.temu.com/*/bgt_order*']);
  });
});

describe('pageKind confirmed by the document where the URL says nothing', () => {
  it('order details at an unknown Temu path are details (order-detail-en.html: its product links say so)', () => {
    expect(temu.pageKind(new URL('https://www.temu.com/order/PO-211-12345678901234567'), loadFixture('temu/order-detail-en.html'))).toBe('order-detail');
  });
  it('Temu links on another site do not make it a Temu order page', () => {
    expect(temu.pageKind(new URL('https://shop.example/orders'), loadFixture('temu/order-detail-en.html'))).toBe('other');
  });
});
