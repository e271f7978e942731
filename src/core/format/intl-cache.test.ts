import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same locale and options, another for other options', () => {
    expect(numberFormat('ru-RU', { style: 'percent' })).toBe(numberFormat('ru-RU', { style: 'percent' }));
    expect(numberFormat('ru-RU', { style: 'percent' })).not.toBe(numberFormat('en-GB', { style: 'percent' }));
    expect(dateTimeFormat('en-GB', { timeZone: 'UTC' })).not.toBe(dateTimeFormat('en-GB', { timeZone: 'Europe/Moscow' }));
    expect(numberFormat('ru-RU').format(1234.5)).toBe(new Intl.NumberFormat('ru-RU').format(1234.5));
  });

  it('remembers nothing for options the runtime refuses: they throw every time', () => {
    expect(() => numberFormat('en', { style: 'currency', currency: 'NOT-A-CODE' })).toThrow(RangeError);
    expect(() => numberFormat('en', { style: 'currency', currency: 'NOT-A-CODE' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
