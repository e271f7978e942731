import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

/**
 * How advice names a due time in the user's zone: "26 Nov" (with the year when it is not this
 * year's), "26 Nov, 03:14" when the page gave a time other than the end of the day, and
 * "23:59 today" / "10:00 tomorrow" inside the last 24 hours, when the hour is what matters.
 */
export function whenText(dueAt: string, now: Date, timeZone: string): string {
  const due = new TZDate(Date.parse(dueAt), timeZone);
  const today = new TZDate(now.getTime(), timeZone);
  const ms = due.getTime() - now.getTime();
  const days = differenceInCalendarDays(due, today);
  if (ms >= 0 && ms < 24 * 60 * 60 * 1000 && days <= 1) return `${format(due, 'HH:mm')} ${days === 0 ? 'today' : 'tomorrow'}`;
  const date = dateText(dueAt, now, timeZone);
  const endOfDay = due.getHours() === 23 && due.getMinutes() === 59;
  return endOfDay ? date : `${date}, ${format(due, 'HH:mm')}`;
}

/** "7 Nov" (with the year when it is not this year's) for the day an instant falls on in the user's zone. */
export function dateText(at: string, now: Date, timeZone: string): string {
  const day = new TZDate(Date.parse(at), timeZone);
  const thisYear = new TZDate(now.getTime(), timeZone).getFullYear();
  return format(day, day.getFullYear() === thisYear ? 'd MMM' : 'd MMM yyyy');
}

/** "today", "tomorrow", "in 5 days", from calendar days left. */
export function inDaysText(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
