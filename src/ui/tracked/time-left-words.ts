import { timeLeft } from '../../core/deadlines';

const HOURS_PER_DAY = 24;

function unitWords(locale: string, amount: number, unit: 'day' | 'hour' | 'minute'): string {
  // Intl knows every language's plural forms ("1 день / 2 дня / 5 дней"); no table of our own.
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/**
 * "4 days 6 hours", "5 hours", "35 minutes" until `dueAt`, counted by the clock like the popup's
 * deadline panel; "0 minutes" once passed (callers show passed deadlines in other words).
 */
export function timeLeftWords(now: Date, dueAt: string, timeZone: string, locale: string): string {
  const left = timeLeft(now, dueAt, timeZone);
  if (left.passed) return unitWords(locale, 0, 'minute');
  const days = Math.floor(left.hours / HOURS_PER_DAY);
  const hours = left.hours % HOURS_PER_DAY;
  if (days >= 1) return hours ? `${unitWords(locale, days, 'day')} ${unitWords(locale, hours, 'hour')}` : unitWords(locale, days, 'day');
  if (hours >= 1) return unitWords(locale, hours, 'hour');
  return unitWords(locale, Math.floor(left.ms / 60_000), 'minute');
}
