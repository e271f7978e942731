import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../model/deadline';
import { diffAlarms, passedBetween, planReminders } from './plan-reminders';
import { outsideQuietHours } from './quiet-hours';
import { isReminderName, parseReminderName, reminderName } from './reminder-name';

const deadline = (dueAt: string, id = 'aliexpress-protection-end'): Deadline => ({
  id,
  kind: 'protection-end',
  label: 'Buyer protection ends',
  dueAt,
  computedFrom: 'countdown on the page',
  confidence: 'page',
});
const LEADS = [7 * 24 * 60, 3 * 24 * 60, 24 * 60, 6 * 60];
const base = { leadTimesMinutes: LEADS, quietHours: null, timeZone: 'Europe/Berlin', shown: new Set<string>() };

describe('reminder names', () => {
  it('round-trip any order key and deadline id, and reject other alarms', () => {
    const ref = { orderKey: 'generic:A/B 12', deadlineId: 'x/y', leadMinutes: 360 };
    expect(parseReminderName(reminderName(ref))).toEqual(ref);
    expect(parseReminderName('ck-check')).toBeNull();
    expect(parseReminderName('ck-remind/-1/a/b')).toBeNull();
    expect(parseReminderName('ck-remind/5/%E0%A4%A/b')).toBeNull();
    expect(isReminderName(reminderName(ref))).toBe(true);
  });
});

describe('planReminders', () => {
  const now = new Date('2026-11-24T10:00:00Z');

  it('plans one reminder per lead time before each open deadline', () => {
    const plan = planReminders({ ...base, now, orders: [{ orderKey: 'aliexpress:1', deadlines: [deadline('2026-12-10T22:59:59.999Z')] }] });
    expect(plan.map((p) => [p.leadMinutes, new Date(p.when).toISOString()])).toEqual([
      [10080, '2026-12-03T22:59:59.999Z'],
      [4320, '2026-12-07T22:59:59.999Z'],
      [1440, '2026-12-09T22:59:59.999Z'],
      [360, '2026-12-10T16:59:59.999Z'],
    ]);
  });

  it('for an order first seen 2 days before its deadline, reminds once now and keeps the later ones', () => {
    const plan = planReminders({ ...base, now, orders: [{ orderKey: 'aliexpress:1', deadlines: [deadline('2026-11-26T10:00:00Z')] }] });
    expect(plan.map((p) => p.leadMinutes)).toEqual([4320, 1440, 360]);
    expect(plan[0]!.when).toBe(now.getTime() + 60_000);
  });

  it('plans nothing for passed deadlines or reminders already shown', () => {
    const d = deadline('2026-12-10T22:59:59.999Z');
    const first = planReminders({ ...base, now, orders: [{ orderKey: 'k', deadlines: [d, deadline('2026-11-20T00:00:00Z', 'old')] }] });
    const shown = new Set([first[0]!.name]);
    const again = planReminders({ ...base, now, shown, orders: [{ orderKey: 'k', deadlines: [d] }] });
    expect(first).toHaveLength(4);
    expect(again.map((p) => p.name)).not.toContain(first[0]!.name);
    expect(again).toHaveLength(3);
  });

  it('moves a reminder out of quiet hours, but never past the deadline', () => {
    const quiet = { from: 22, to: 8 };
    // 23:30 Berlin → 08:00 next morning.
    expect(new Date(outsideQuietHours(Date.parse('2026-11-24T22:30:00Z'), Date.parse('2026-11-30T00:00:00Z'), quiet, 'Europe/Berlin')).toISOString()).toBe('2026-11-25T07:00:00.000Z');
    // Deadline at 06:00: remind just before 22:00 the evening before instead.
    expect(new Date(outsideQuietHours(Date.parse('2026-11-24T22:30:00Z'), Date.parse('2026-11-25T05:00:00Z'), quiet, 'Europe/Berlin')).toISOString()).toBe('2026-11-24T20:59:00.000Z');
    expect(outsideQuietHours(Date.parse('2026-11-24T12:00:00Z'), 0, quiet, 'Europe/Berlin')).toBe(Date.parse('2026-11-24T12:00:00Z'));
  });
});

describe('diffAlarms', () => {
  it('creates new or moved reminders, clears stale ones, and leaves other alarms alone', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const plan = planReminders({ ...base, now, orders: [{ orderKey: 'k', deadlines: [deadline('2026-12-10T22:59:59.999Z')] }] });
    const existing = [
      { name: plan[0]!.name, scheduledTime: plan[0]!.when },
      { name: plan[1]!.name, scheduledTime: plan[1]!.when - 3_600_000 },
      { name: 'ck-remind/360/gone/k', scheduledTime: 1 },
      { name: 'ck-check', scheduledTime: 1 },
    ];
    const { create, clear } = diffAlarms(plan, existing, isReminderName);
    expect(create.map((c) => c.name)).toEqual([plan[1]!.name, plan[2]!.name, plan[3]!.name]);
    expect(clear).toEqual(['ck-remind/360/gone/k']);
  });
});

describe('passedBetween', () => {
  it('finds deadlines that passed while the browser was closed, and only those', () => {
    const orders = [{ orderKey: 'k', deadlines: [deadline('2026-11-22T00:00:00Z', 'a'), deadline('2026-11-23T12:00:00Z', 'b'), deadline('2026-11-30T00:00:00Z', 'c')] }];
    const missed = passedBetween(orders, new Date('2026-11-22T06:00:00Z'), new Date('2026-11-24T10:00:00Z'));
    expect(missed.map((m) => m.deadline.id)).toEqual(['b']);
  });
});
