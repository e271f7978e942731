import { describe, expect, it } from 'vitest';
import { lowSpaceWarning } from './low-space';

const MB = 1024 * 1024;

describe('lowSpaceWarning', () => {
  it('warns when less than 5% or 50 MB would be left, and says what to do', () => {
    expect(lowSpaceWarning(9_500 * MB, 10_000 * MB, 5 * MB)?.message).toMatch(/^Storage is nearly full: .*Export and delete old cases first/);
    expect(lowSpaceWarning(100 * MB, 160 * MB, 20 * MB)?.left).toBe(40 * MB);
  });

  it('is quiet when there is room or the browser gives no estimate', () => {
    expect(lowSpaceWarning(100 * MB, 10_000 * MB, 5 * MB)).toBeNull();
    expect(lowSpaceWarning(0, 0, 5 * MB)).toBeNull();
  });
});
