import type { ExistingAlarm } from '../../model/alarm';
import type { Deadline } from '../../model/deadline';

export type { ExistingAlarm };
import { outsideQuietHours, type QuietHours } from './quiet-hours';
import { reminderName, type ReminderRef } from './reminder-name';

export interface PlannedReminder extends ReminderRef {
  name: string;
  /** When to remind (ms since epoch). */
  when: number;
  dueAt: string;
}

export interface PlanInput {
  /** Every tracked, unresolved order with its deadlines. */
  orders: readonly { orderKey: string; deadlines: readonly Deadline[] }[];
  leadTimesMinutes: readonly number[];
  quietHours: QuietHours | null;
  now: Date;
  timeZone: string;
  /** Names of reminders already shown: never planned again. */
  shown: ReadonlySet<string>;
}

const MINUTE = 60_000;

/**
 * The reminders that should exist now: one per open deadline and lead time still ahead. When a
 * deadline is already closer than every lead time (an order first seen late), one reminder is
 * planned a minute from now, so no open deadline goes unannounced.
 */
export function planReminders(input: PlanInput): PlannedReminder[] {
  const now = input.now.getTime();
  const leads = [...new Set(input.leadTimesMinutes)].sort((a, b) => b - a);
  const planned: PlannedReminder[] = [];
  for (const { orderKey, deadlines } of input.orders) {
    for (const deadline of deadlines) {
      const due = Date.parse(deadline.dueAt);
      if (!(due > now)) continue;
      const ahead = leads.filter((lead) => due - lead * MINUTE > now);
      const refs: ReminderRef[] = ahead.map((leadMinutes) => ({ orderKey, deadlineId: deadline.id, leadMinutes }));
      const closest = leads.at(-1);
      if (ahead.length < leads.length && closest !== undefined) {
        // The lead times already passed: remind once now for the most recent of them.
        const passed = leads.filter((lead) => !ahead.includes(lead)).at(-1)!;
        refs.push({ orderKey, deadlineId: deadline.id, leadMinutes: passed });
      }
      for (const ref of refs) {
        const name = reminderName(ref);
        if (input.shown.has(name)) continue;
        const ideal = Math.max(due - ref.leadMinutes * MINUTE, now + MINUTE);
        planned.push({ ...ref, name, when: outsideQuietHours(ideal, due, input.quietHours, input.timeZone), dueAt: deadline.dueAt });
      }
    }
  }
  return planned.sort((a, b) => a.when - b.when);
}

/** What to create and clear so the reminder alarms match the plan (other alarms are left alone). */
export function diffAlarms(
  planned: readonly PlannedReminder[],
  existing: readonly ExistingAlarm[],
  isReminder: (name: string) => boolean,
): { create: PlannedReminder[]; clear: string[] } {
  const wanted = new Map(planned.map((p) => [p.name, p]));
  const clear = existing.filter((a) => isReminder(a.name) && !wanted.has(a.name)).map((a) => a.name);
  const have = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  const create = planned.filter((p) => {
    const at = have.get(p.name);
    return at === undefined || Math.abs(at - p.when) > MINUTE;
  });
  return { create, clear };
}

/** Deadlines that passed in (since, now]: shown once as "missed", never as a burst. */
export function passedBetween<T extends { deadlines: readonly Deadline[] }>(orders: readonly T[], since: Date, now: Date): { order: T; deadline: Deadline }[] {
  return orders.flatMap((order) =>
    order.deadlines
      .filter((d) => Date.parse(d.dueAt) > since.getTime() && Date.parse(d.dueAt) <= now.getTime())
      .map((deadline) => ({ order, deadline })),
  );
}
