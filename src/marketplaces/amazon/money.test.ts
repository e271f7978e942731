// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/support/load-fixture';
import { toPage } from './dom';
import { agree, readMoney } from './money';

const pageAt = (href: string, lang?: string) =>
  toPage(parseHtml(lang ? `<html lang="${lang}"></html>` : ''), { url: new URL(href), now: new Date('2026-11-24T10:00:00Z') });

describe('readMoney', () => {
  const com = pageAt('https://www.amazon.com/your-orders/orders', 'en-us');
  const de = pageAt('https://www.amazon.de/your-orders/orders', 'de-de');

  it.each([
    ['amazon.com', 'en-us', '$18.99', { minor: 1899, currency: 'USD' }], // order-detail-en
    ['amazon.com', 'en-us', '$1,234.56', { minor: 123456, currency: 'USD' }],
    ['amazon.de', 'de-de', '24,99€', { minor: 2499, currency: 'EUR' }], // order-detail-de unit price
    ['amazon.de', 'de-de', '168,00 €', { minor: 16800, currency: 'EUR' }], // saved DE page summary
    ['amazon.de', 'de-de', '168,00\u00a0€', { minor: 16800, currency: 'EUR' }], // NBSP
    ['amazon.de', 'de-de', '1\u202f234,56\u00a0€', { minor: 123456, currency: 'EUR' }], // narrow NBSP grouping
    ['amazon.de', 'de-de', '1.234,56 €', { minor: 123456, currency: 'EUR' }],
    ['amazon.co.uk', 'en-gb', '£12.99', { minor: 1299, currency: 'GBP' }],
    ['amazon.fr', 'fr-fr', '12,99\u202f€', { minor: 1299, currency: 'EUR' }],
    ['amazon.it', 'it-it', '12,99 €', { minor: 1299, currency: 'EUR' }],
    ['amazon.es', 'es-es', '12,99 €', { minor: 1299, currency: 'EUR' }],
  ])('%s (%s): %j', (site, lang, text, money) => {
    expect(readMoney(pageAt(`https://www.${site}/your-orders/orders`, lang), text)).toEqual(money);
  });

  it('a "$" on amazon.ca and amazon.com.au is that site\'s dollar, even without <html lang>', () => {
    expect(readMoney(pageAt('https://www.amazon.ca/your-orders/orders'), '$18.99')).toEqual({ minor: 1899, currency: 'CAD' });
    expect(readMoney(pageAt('https://www.amazon.com.au/your-orders/orders'), '$18.99')).toEqual({ minor: 1899, currency: 'AUD' });
  });

  it('a sign that names its currency wins over the site ("US$" on amazon.ca)', () => {
    expect(readMoney(pageAt('https://www.amazon.ca/your-orders/orders'), 'US$18.99')).toEqual({ minor: 1899, currency: 'USD' });
  });

  it('a number without a currency sign is no amount', () => {
    expect(readMoney(com, '2')).toBeUndefined();
    expect(readMoney(de, '31,50')).toBeUndefined();
  });

  it('"FREE" / "Kostenlos" is zero, but only in a currency the page names elsewhere', () => {
    expect(readMoney(com, 'FREE', 'USD')).toEqual({ minor: 0, currency: 'USD' });
    expect(readMoney(de, 'Kostenlos', 'EUR')).toEqual({ minor: 0, currency: 'EUR' });
    expect(readMoney(com, 'FREE')).toBeUndefined();
  });

  it('hands out copies: a caller changing one does not change the next reading', () => {
    const first = readMoney(com, '$18.99');
    if (first) first.minor = 1;
    expect(readMoney(com, '$18.99')).toEqual({ minor: 1899, currency: 'USD' });
  });
});

describe('agree', () => {
  it('one value every witness names; none when two differ', () => {
    expect(agree(['a', undefined, 'a'])).toBe('a');
    expect(agree(['a', 'b'])).toBeUndefined();
    expect(agree([])).toBeUndefined();
  });
});
