import { describe, expect, it } from 'vitest';
import { MONTH_BY_NAME, MONTHS } from './month-names';
import { foldText } from './normalize-text';

describe('month names', () => {
  it('never gives one spelling two months', () => {
    MONTHS.forEach((groups, index) => {
      for (const name of groups.join(' ').split(' ').filter(Boolean)) {
        expect(MONTH_BY_NAME.get(foldText(name)), name).toBe(index + 1);
      }
    });
  });
});
