import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../model/deadline';
import { samePlan } from './same-plan';

const deadline = (id: string, dueAt: string): Deadline => ({ id, kind: 'protection-end', label: id, dueAt, computedFrom: 'page', confidence: 'page' });

describe('samePlan', () => {
  it('is the same plan when only seconds moved (a countdown read again)', () => {
    expect(samePlan([deadline('a', '2026-12-20T10:00:01Z')], [deadline('a', '2026-12-20T10:00:02Z')])).toBe(true);
  });

  it('is the same plan in any order', () => {
    const a = deadline('a', '2026-12-20T10:00:00Z');
    const b = deadline('b', '2026-12-25T10:00:00Z');
    expect(samePlan([a, b], [b, a])).toBe(true);
  });

  it('differs when a deadline moves by a minute or more, appears or goes', () => {
    expect(samePlan([deadline('a', '2026-12-20T10:00:00Z')], [deadline('a', '2026-12-20T10:01:00Z')])).toBe(false);
    expect(samePlan([deadline('a', '2026-12-20T10:00:00Z')], [])).toBe(false);
    expect(samePlan([deadline('a', '2026-12-20T10:00:00Z')], [deadline('b', '2026-12-20T10:00:00Z')])).toBe(false);
  });
});
