import { describe, expect, it } from 'vitest';
import { lowSpaceWarning } from './low-space';

const MB = 1024 * 1024;

describe('lowSpaceWarning', () => {
  it('warns when less than 5% or 50 MB would be left, with what would be left of the quota', () => {
    expect(lowSpaceWarning(9_500 * MB, 10_000 * MB, 5 * MB)).toEqual({ left: 495 * MB, quota: 10_000 * MB });
    expect(lowSpaceWarning(100 * MB, 160 * MB, 20 * MB)?.left).toBe(40 * MB);
  });

  it('is quiet when there is room or the browser gives no estimate', () => {
    expect(lowSpaceWarning(100 * MB, 10_000 * MB, 5 * MB)).toBeNull();
    expect(lowSpaceWarning(0, 0, 5 * MB)).toBeNull();
  });
});
