import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse-money';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';

describe('parseMoney', () => {
  it.each([
    ['US $12.34', 1234, 'USD'],
    ['$12.34', 1234, 'USD'],
    ['$ 4.99', 499, 'USD'],
    ['US$12.34', 1234, 'USD'],
    ['€12,34', 1234, 'EUR'],
    ['12,34 €', 1234, 'EUR'],
    ['€ 1.234,56', 123456, 'EUR'],
    [`1${NBSP}234,56${NBSP}руб.`, 123456, 'RUB'],
    ['1 234,56 руб.', 123456, 'RUB'],
    [`1${NBSP}234${NBSP}₽`, 123400, 'RUB'],
    [`1${NNBSP}234${NNBSP}₽`, 123400, 'RUB'],
    [`1${THIN}234 ₽`, 123400, 'RUB'],
    [`₽${NBSP}1${NBSP}234`, 123400, 'RUB'],
    ['499 ₽', 49900, 'RUB'],
    ['499 р.', 49900, 'RUB'],
    ['1 500 рублей', 150000, 'RUB'],
    ['JP¥1,234', 1234, 'JPY'],
    ['CN¥1,234.50', 123450, 'CNY'],
    ['CN¥ 99', 9900, 'CNY'],
    ['zł 12,34', 1234, 'PLN'],
    ['12,34 zł', 1234, 'PLN'],
    ['£9.99', 999, 'GBP'],
    ['C$ 10.00', 1000, 'CAD'],
    ['A$15.50', 1550, 'AUD'],
    ['R$ 12,34', 1234, 'BRL'],
    ['₩12,000', 12000, 'KRW'],
    ['12.34 USD', 1234, 'USD'],
    ['USD 12.34', 1234, 'USD'],
    ['USD12.34', 1234, 'USD'],
    ['RUB 1 234,56', 123456, 'RUB'],
    ['Total:US $12.34', 1234, 'USD'],
    ['Order total: 1 234,56 ₽ (incl. VAT)', 123456, 'RUB'],
    ['₺1.299,90', 129990, 'TRY'],
    ['12,50 TL', 1250, 'TRY'],
    ['₹1,23,456.00', 12345600, 'INR'],
    ['CHF 1\'234.50', 123450, 'CHF'],
    ['25 ₼', 2500, 'AZN'],
  ])('%s → %i %s', (text, minor, currency) => {
    expect(parseMoney(text)).toEqual({ minor, currency });
  });

  it('reads negative amounts (discounts) with the minus before or after the symbol', () => {
    expect(parseMoney('-US $2.00')).toEqual({ minor: -200, currency: 'USD' });
    expect(parseMoney('- US $2.00')).toEqual({ minor: -200, currency: 'USD' });
    expect(parseMoney('US $-2.00')).toEqual({ minor: -200, currency: 'USD' });
    expect(parseMoney('−€5,00')).toEqual({ minor: -500, currency: 'EUR' });
    expect(parseMoney('Discount:-US $2.00')).toEqual({ minor: -200, currency: 'USD' });
    expect(parseMoney('-$0.00')).toEqual({ minor: 0, currency: 'USD' });
  });

  it('does not read a range hyphen as a minus', () => {
    expect(parseMoney('10-20 €')).toEqual({ minor: 2000, currency: 'EUR' });
  });

  it('disambiguates decimal and thousands separators', () => {
    expect(parseMoney('1,234.56 USD')).toEqual({ minor: 123456, currency: 'USD' });
    expect(parseMoney('1.234,56 USD')).toEqual({ minor: 123456, currency: 'USD' });
    expect(parseMoney('1 234.56 USD')).toEqual({ minor: 123456, currency: 'USD' });
    expect(parseMoney('1,234 USD')).toEqual({ minor: 123400, currency: 'USD' });
    expect(parseMoney('1.234 €')).toEqual({ minor: 123400, currency: 'EUR' });
    expect(parseMoney('1.234.567 €')).toEqual({ minor: 123456700, currency: 'EUR' });
    expect(parseMoney('€1,5')).toEqual({ minor: 150, currency: 'EUR' });
    expect(parseMoney('0,500 €')).toEqual({ minor: 50, currency: 'EUR' });
  });

  it('refuses separators that do not form a number', () => {
    expect(parseMoney('1,23,4 €')).toBeNull();
    expect(parseMoney('1.234,567.89 €')).toBeNull();
    expect(parseMoney('1,234,56 €')).toBeNull();
    expect(parseMoney('€12,3456')).toBeNull();
    expect(parseMoney('1 234,567 ₽')).toBeNull();
  });

  it('uses the currency minor digits: 0 for JPY/KRW, 3 for KWD/BHD', () => {
    expect(parseMoney('JPY 1,234')).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseMoney('JP¥1,234.00')).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseMoney('JPY 12.50')).toBeNull();
    expect(parseMoney('KWD 1.250')).toEqual({ minor: 1250, currency: 'KWD' });
    expect(parseMoney('BHD 12.5')).toEqual({ minor: 12500, currency: 'BHD' });
    expect(parseMoney('KWD 1,250')).toEqual({ minor: 1250000, currency: 'KWD' });
    expect(parseMoney('1,250 KWD', { locale: 'de-DE' })).toEqual({ minor: 1250, currency: 'KWD' });
    expect(parseMoney('KWD 1,234.567')).toEqual({ minor: 1234567, currency: 'KWD' });
  });

  it('leaves "¥" unresolved unless the hint names JPY or CNY', () => {
    expect(parseMoney('¥1,234')).toBeNull();
    expect(parseMoney('¥1,234', { currency: 'JPY' })).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseMoney('¥1,234', { currency: 'CNY' })).toEqual({ minor: 123400, currency: 'CNY' });
    expect(parseMoney('￥1,234', { locale: 'ja-JP' })).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseMoney('¥12.50', { locale: 'zh-CN' })).toEqual({ minor: 1250, currency: 'CNY' });
    expect(parseMoney('¥1,234', { currency: 'EUR' })).toBeNull();
  });

  it('reads a bare "$" as USD unless the hint names another dollar', () => {
    expect(parseMoney('$10.00', { currency: 'CAD' })).toEqual({ minor: 1000, currency: 'CAD' });
    expect(parseMoney('$10.00', { locale: 'en-AU' })).toEqual({ minor: 1000, currency: 'AUD' });
    expect(parseMoney('$10.00', { currency: 'EUR' })).toEqual({ minor: 1000, currency: 'USD' });
    expect(parseMoney('US $10.00', { currency: 'CAD' })).toEqual({ minor: 1000, currency: 'USD' });
  });

  it('resolves "kr" only with a hint', () => {
    expect(parseMoney('129,00 kr')).toBeNull();
    expect(parseMoney('129,00 kr', { currency: 'SEK' })).toEqual({ minor: 12900, currency: 'SEK' });
    expect(parseMoney('kr 129', { locale: 'nb-NO' })).toEqual({ minor: 12900, currency: 'NOK' });
  });

  it('uses hint.currency for a lone bare number only', () => {
    expect(parseMoney('Total: 12.34', { currency: 'USD' })).toEqual({ minor: 1234, currency: 'USD' });
    expect(parseMoney('12.34')).toBeNull();
    expect(parseMoney('2 items: 12.34', { currency: 'USD' })).toBeNull();
    expect(parseMoney('Total: 12.34', { currency: 'usd' })).toBeNull();
  });

  it('takes the first amount with a currency, skipping bare numbers before it', () => {
    expect(parseMoney('2 items, total US $12.34, was US $20.00')).toEqual({ minor: 1234, currency: 'USD' });
  });

  it('ignores capitals that are not currencies, or read as words', () => {
    expect(parseMoney('SKU 123')).toBeNull();
    expect(parseMoney('ALL 3 items')).toBeNull();
    expect(parseMoney('SKU 123 €')).toEqual({ minor: 12300, currency: 'EUR' });
  });

  it('survives zero-width and bidi characters', () => {
    expect(parseMoney('US\u200B $\u200E12.34')).toEqual({ minor: 1234, currency: 'USD' });
    expect(parseMoney('１２３４ ₽')).toEqual({ minor: 123400, currency: 'RUB' });
  });

  it('returns null when there is no amount', () => {
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('Free shipping')).toBeNull();
    expect(parseMoney('US $')).toBeNull();
    expect(parseMoney('€')).toBeNull();
  });

  it('returns null for amounts too large to count exactly', () => {
    expect(parseMoney('$99999999999999999999')).toBeNull();
  });
});
