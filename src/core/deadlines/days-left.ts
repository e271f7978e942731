import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import type { Deadline } from '../../model/deadline';
import { nextDeadline } from './open-deadlines';

const HOUR = 60 * 60 * 1000;

export interface TimeLeft {
  /** Milliseconds until the deadline; negative once passed. */
  readonly ms: number;
  /** Calendar days as a person counts them in their zone: due today = 0, tomorrow = 1; negative once passed. */
  readonly days: number;
  /** Whole hours left, rounded toward zero (negative once passed). */
  readonly hours: number;
  readonly passed: boolean;
}

export type Urgency = 'passed' | 'critical' | 'soon' | 'later';

/** Throws RangeError for an unparsable dueAt or an unknown zone: a wrong countdown must not look right. */
export function timeLeft(now: Date, dueAt: string, timeZone: string): TimeLeft {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) throw new RangeError(`not an ISO instant: ${dueAt}`);
  const days = differenceInCalendarDays(new TZDate(due, timeZone), new TZDate(now.getTime(), timeZone));
  if (Number.isNaN(days)) throw new RangeError(`unknown time zone: ${timeZone}`);
  const ms = due - now.getTime();
  return { ms, days, hours: Math.trunc(ms / HOUR), passed: ms < 0 };
}

/** 'critical' under 24 hours, 'soon' under 3 days (72 h), by the clock rather than the calendar. */
export function urgency(now: Date, dueAt: string): Urgency {
  const ms = Date.parse(dueAt) - now.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${dueAt}`);
  if (ms < 0) return 'passed';
  if (ms < 24 * HOUR) return 'critical';
  if (ms < 72 * HOUR) return 'soon';
  return 'later';
}

/**
 * The toolbar badge for the next open deadline: its calendar days left ("4"), or "!" under 24
 * hours. Null when no deadline is open; the caller then clears the badge (text "").
 */
export function badgeText(
  deadlines: readonly Deadline[],
  now: Date,
  timeZone: string,
): { text: string; urgency: Urgency } | null {
  const next = nextDeadline(deadlines, now);
  if (!next) return null;
  const level = urgency(now, next.dueAt);
  // Under 24 hours but "due tomorrow" would read as a calm "1": the "!" says act now.
  const text = level === 'critical' ? '!' : String(timeLeft(now, next.dueAt, timeZone).days);
  return { text, urgency: level };
}
