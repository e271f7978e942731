// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../../../tests/support/load-fixture';
import { wildberries } from './index';
import { WILDBERRIES_MATCH_PATTERNS, isWildberriesHost, wildberriesPageKindFromUrl } from './urls';

const empty = () => parseHtml('');

describe('pageKind from the URL', () => {
  it.each([
    ['https://www.wildberries.ru/lk/myorders/archive', 'order-list'],
    ['https://www.wildberries.ru/lk/myorders/archive/', 'order-list'],
    // No source shows what the deliveries page holds (urls.ts): read nothing there.
    ['https://www.wildberries.ru/lk/myorders/delivery', 'other'],
    ['https://www.wildberries.ru/lk/myorders/', 'other'],
    ['https://www.wildberries.ru/lk/receipts/get', 'other'],
    ['https://www.wildberries.ru/catalog/184512345/detail.aspx', 'other'],
    ['https://www.wildberries.ru/', 'other'],
    ['https://shop.example/lk/myorders/archive', 'other'],
    ['https://notwildberries.ru/lk/myorders/archive', 'other'],
  ])('%s is %s, whatever the document holds', (href, kind) => {
    expect(wildberriesPageKindFromUrl(new URL(href))).toBe(kind);
    expect(wildberries.pageKind(new URL(href), empty())).toBe(kind);
  });
});

describe('hosts and match patterns', () => {
  it('knows wildberries.ru and its subdomains, nothing that merely ends like it', () => {
    expect(isWildberriesHost('www.wildberries.ru')).toBe(true);
    expect(isWildberriesHost('wildberries.ru')).toBe(true);
    expect(isWildberriesHost('notwildberries.ru')).toBe(false);
    expect(isWildberriesHost('wildberries.ru.example')).toBe(false);
  });
  it('match only the order pages', () => {
    expect(WILDBERRIES_MATCH_PATTERNS).toEqual(['*://www.wildberries.ru/lk/myorders/*']);
  });
});

describe('pageKind confirmed by the document where the URL says nothing', () => {
  it('the archive at an unknown Wildberries path is a list (order-list-archive.html)', () => {
    expect(wildberries.pageKind(new URL('https://www.wildberries.ru/lk/purchases'), loadFixture('wildberries/order-list-archive.html'))).toBe('order-list');
  });
  it('the deliveries page stays other, whatever it holds', () => {
    expect(wildberries.pageKind(new URL('https://www.wildberries.ru/lk/myorders/delivery'), loadFixture('wildberries/order-list-archive.html'))).toBe('other');
  });
  it('archive markup on another site does not make it a Wildberries page', () => {
    expect(wildberries.pageKind(new URL('https://shop.example/orders'), loadFixture('wildberries/order-list-archive.html'))).toBe('other');
  });
});
