import { timeLeft } from '../../core/deadlines';
import type { Translator } from '../../i18n/translator';

const HOURS_PER_DAY = 24;

/**
 * "4 days 6 hours", "5 hours", "35 minutes" until `dueAt`, counted by the clock, in the
 * translator's language and plural forms ("4 дня 6 часов", "через 1 минуту": the Russian minutes
 * are in the accusative, as every caller says the time after "через"). "0 minutes" once passed
 * (callers show passed deadlines in other words).
 */
export function timeLeftWords(now: Date, dueAt: string, timeZone: string, tn: Translator['tn']): string {
  const left = timeLeft(now, dueAt, timeZone);
  if (left.passed) return tn('popupLeftMinutes', 0);
  const days = Math.floor(left.hours / HOURS_PER_DAY);
  const hours = left.hours % HOURS_PER_DAY;
  if (days >= 1) return hours ? `${tn('popupLeftDays', days)} ${tn('popupLeftHours', hours)}` : tn('popupLeftDays', days);
  if (hours >= 1) return tn('popupLeftHours', hours);
  return tn('popupLeftMinutes', Math.floor(left.ms / 60_000));
}
