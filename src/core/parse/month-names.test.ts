import { describe, expect, it } from 'vitest';
import { MONTH_BY_NAME, MONTHS } from './month-names';
import { foldText } from './normalize-text';
import { parseDate } from './parse-date';

describe('month names', () => {
  it('never gives one spelling two months', () => {
    MONTHS.forEach((groups, index) => {
      for (const name of groups.join(' ').split(' ').filter(Boolean)) {
        expect(MONTH_BY_NAME.get(foldText(name)), name).toBe(index + 1);
      }
    });
  });

  // amazon.it prints "18 febbraio 2026" (order date) and abbreviations such as "3 giu 2026".
  it.each([
    ['18 febbraio 2026', '2026-02-18'],
    ['1 gennaio 2026', '2026-01-01'],
    ['3 gen 2026', '2026-01-03'],
    ['9 maggio 2026', '2026-05-09'],
    ['3 giu 2026', '2026-06-03'],
    ['21 luglio 2026', '2026-07-21'],
    ['2 sett 2026', '2026-09-02'],
    ['12 settembre 2026', '2026-09-12'],
    ['31 ottobre 2026', '2026-10-31'],
    ['Ordine effettuato il 24 dicembre 2026', '2026-12-24'],
  ])('reads the Italian date "%s"', (text, day) => {
    expect(parseDate(text)).toBe(day);
  });
});
