// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/load-fixture';
import { objectAfterKey, readRuSummary } from './embedded-json';

describe('objectAfterKey', () => {
  it('cuts the object out of surrounding script text, braces inside strings included', () => {
    const text = 'window.x = {"a":1,"summary":{"total":{"value":"} {"}},"b":2};';
    expect(objectAfterKey(text, 'summary')).toEqual({ total: { value: '} {' } });
  });
  it('skips a key whose value is not an object and takes the next', () => {
    expect(objectAfterKey('{"summary":"text","x":{"summary":{"n":1}}}', 'summary')).toEqual({ n: 1 });
  });
  it('gives nothing for an object cut short (a truncated save)', () => {
    expect(objectAfterKey('{"summary":{"total":{"value":"2 23', 'summary')).toBeUndefined();
  });
});

describe('readRuSummary', () => {
  it('reads the summary and the order number beside it (order-detail-ru)', () => {
    // The JSON keeps the page's no-break space as thousands separator.
    expect(readRuSummary(loadFixture('aliexpress/order-detail-ru.html'))).toEqual({
      total: '2\u00a0232,56 ₽',
      rows: [
        { title: '3 товара', value: '2\u00a0232,56 ₽' },
        { title: 'Доставка', value: 'Бесплатно' },
      ],
      orderNumber: '5012946627301185',
    });
  });
  it('is undefined on a page without one (order-detail-global-en)', () => {
    expect(readRuSummary(loadFixture('aliexpress/order-detail-global-en.html'))).toBeUndefined();
  });
});
