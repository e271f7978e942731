import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../model/deadline';
import { missedDeadlines, nextDeadline, openDeadlines } from './open-deadlines';
import { sortDeadlines } from './sort-deadlines';

const d = (id: string, dueAt: string, confidence: Deadline['confidence'] = 'documented'): Deadline => ({
  id, kind: 'open-dispute', label: id, dueAt, computedFrom: 'test', confidence,
});
const now = new Date('2026-11-24T12:00:00Z');
const list = [d('later', '2026-12-01T23:59:59.999+01:00'), d('missed', '2026-11-20T23:59:59.999+01:00'), d('sooner', '2026-11-25T23:59:59.999+01:00')];

describe('open and missed deadlines', () => {
  it('splits at now, keeping one due this very millisecond open', () => {
    expect(openDeadlines(list, now).map((x) => x.id)).toEqual(['later', 'sooner']);
    expect(missedDeadlines(list, now).map((x) => x.id)).toEqual(['missed']);
    expect(openDeadlines([d('edge', now.toISOString())], now)).toHaveLength(1);
    expect(missedDeadlines([d('edge', now.toISOString())], new Date(now.getTime() + 1))).toHaveLength(1);
  });

  it('finds the next open deadline whatever the input order, or undefined', () => {
    expect(nextDeadline(list, now)?.id).toBe('sooner');
    expect(nextDeadline([list[1]!], now)).toBeUndefined();
    expect(nextDeadline([], now)).toBeUndefined();
  });
});

describe('sortDeadlines', () => {
  it('orders by instant, not by string, across offsets', () => {
    // 09:00 on the 25th in Auckland is 20:00 UTC on the 24th: before 23:00 in Berlin (22:00 UTC), though it sorts after as text.
    const sorted = sortDeadlines([d('berlin', '2026-11-24T23:00:00.000+01:00'), d('auckland', '2026-11-25T09:00:00.000+13:00')]);
    expect(sorted.map((x) => x.id)).toEqual(['auckland', 'berlin']);
  });

  it('puts the surer deadline first on a tie, then by id, without touching the input', () => {
    const at = '2026-11-25T23:59:59.999+01:00';
    const input = [d('b', at, 'unsure'), d('z', at, 'page'), d('a', at, 'unsure')];
    expect(sortDeadlines(input).map((x) => x.id)).toEqual(['z', 'a', 'b']);
    expect(input.map((x) => x.id)).toEqual(['b', 'z', 'a']);
  });
});
