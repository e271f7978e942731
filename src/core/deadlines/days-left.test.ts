import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../model/deadline';
import { badgeText, timeLeft, urgency } from './days-left';

const HOUR = 3_600_000;
const d = (id: string, dueAt: string): Deadline => ({ id, kind: 'open-dispute', label: id, dueAt, computedFrom: 'test', confidence: 'reported' });

describe('timeLeft', () => {
  const now = new Date('2026-11-24T09:02:00.000+01:00');

  it('counts calendar days as a person does: due today 0, tomorrow 1', () => {
    expect(timeLeft(now, '2026-11-24T23:59:59.999+01:00', 'Europe/Berlin')).toMatchObject({ days: 0, hours: 14, passed: false });
    expect(timeLeft(now, '2026-11-25T23:59:59.999+01:00', 'Europe/Berlin')).toMatchObject({ days: 1, hours: 38, passed: false });
    expect(timeLeft(now, '2026-11-25T00:30:00.000+01:00', 'Europe/Berlin')).toMatchObject({ days: 1, hours: 15 });
  });

  it('is negative and passed once the deadline is gone', () => {
    const left = timeLeft(now, '2026-11-22T23:59:59.999+01:00', 'Europe/Berlin');
    expect(left).toMatchObject({ days: -2, passed: true });
    expect(left.ms).toBeLessThan(0);
    expect(left.hours).toBe(Math.trunc(left.ms / HOUR));
  });

  it('counts days in the user zone: the same instants differ in Auckland and Los Angeles', () => {
    const at = new Date('2026-11-24T22:30:00Z');
    const dueAt = '2026-11-25T23:59:59.999+13:00';
    expect(timeLeft(at, dueAt, 'Pacific/Auckland').days).toBe(0);
    expect(timeLeft(at, dueAt, 'America/Los_Angeles').days).toBe(1);
    expect(timeLeft(at, dueAt, 'Pacific/Auckland').ms).toBe(timeLeft(at, dueAt, 'America/Los_Angeles').ms);
  });

  it('counts a day across a DST change as one day, with the real hours', () => {
    const left = timeLeft(new Date('2026-03-28T12:00:00+01:00'), '2026-03-29T23:59:59.999+02:00', 'Europe/Berlin');
    expect(left).toMatchObject({ days: 1, hours: 34 });
    expect(timeLeft(new Date('2026-10-31T12:00:00-04:00'), '2026-11-01T23:59:59.999-05:00', 'America/New_York')).toMatchObject({ days: 1, hours: 36 });
  });

  it('throws RangeError for a bad instant or zone', () => {
    expect(() => timeLeft(now, 'tomorrow', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => timeLeft(now, '2026-11-25T23:59:59.999+01:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('urgency', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

  it.each([
    [-1, 'passed'],
    [0, 'critical'],
    [24 * HOUR - 1, 'critical'],
    [24 * HOUR, 'soon'],
    [72 * HOUR - 1, 'soon'],
    [72 * HOUR, 'later'],
  ] as const)('%i ms left → %s', (ms, level) => {
    expect(urgency(now, at(ms))).toBe(level);
  });

  it('throws RangeError for a bad instant', () => {
    expect(() => urgency(now, '')).toThrow(RangeError);
  });
});

describe('badgeText', () => {
  const now = new Date('2026-11-24T09:02:00.000+01:00');

  it('shows the days left of the next open deadline, skipping missed ones, whatever the order', () => {
    const list = [d('far', '2026-12-20T23:59:59.999+01:00'), d('missed', '2026-11-20T23:59:59.999+01:00'), d('next', '2026-11-28T23:59:59.999+01:00')];
    expect(badgeText(list, now, 'Europe/Berlin')).toEqual({ text: '4', urgency: 'later' });
  });

  it('shows "!" under 24 hours, even when the deadline is tomorrow', () => {
    expect(badgeText([d('a', '2026-11-25T02:00:00.000+01:00')], now, 'Europe/Berlin')).toEqual({ text: '!', urgency: 'critical' });
    expect(badgeText([d('a', '2026-11-26T23:59:59.999+01:00')], now, 'Europe/Berlin')).toEqual({ text: '2', urgency: 'soon' });
  });

  it('is null when no deadline is open (the caller clears the badge)', () => {
    expect(badgeText([], now, 'Europe/Berlin')).toBeNull();
    expect(badgeText([d('missed', '2026-11-20T23:59:59.999+01:00')], now, 'Europe/Berlin')).toBeNull();
  });
});
