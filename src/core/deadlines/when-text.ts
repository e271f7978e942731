import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import { ru } from 'date-fns/locale/ru';
import type { UiLanguage } from '../../i18n/ui-language';
import { say, sayCount } from './deadline-words';

/** How each language writes a day: "26 Nov" / "26 ноября" (Russian months in the genitive, as dates are said). */
const DAY_FORMATS: Record<UiLanguage, { thisYear: string; otherYear: string; locale?: typeof ru }> = {
  en: { thisYear: 'd MMM', otherYear: 'd MMM yyyy' },
  ru: { thisYear: 'd MMMM', otherYear: 'd MMMM yyyy', locale: ru },
};

/**
 * How advice names a due time in the user's zone: "26 Nov" (with the year when it is not this
 * year's), "26 Nov, 03:14" when the page gave a time other than the end of the day, and
 * "23:59 today" / "10:00 tomorrow" inside the last 24 hours, when the hour is what matters.
 * In Russian: "26 ноября", "26 ноября, 03:14", "сегодня в 23:59".
 */
export function whenText(dueAt: string, now: Date, timeZone: string, language: UiLanguage = 'en'): string {
  const due = new TZDate(Date.parse(dueAt), timeZone);
  const today = new TZDate(now.getTime(), timeZone);
  const ms = due.getTime() - now.getTime();
  const days = differenceInCalendarDays(due, today);
  const time = format(due, 'HH:mm');
  if (ms >= 0 && ms < 24 * 60 * 60 * 1000 && days <= 1) return say(language, days === 0 ? 'timeToday' : 'timeTomorrow', { time });
  const date = dateText(dueAt, now, timeZone, language);
  const endOfDay = due.getHours() === 23 && due.getMinutes() === 59;
  return endOfDay ? date : say(language, 'dateAndTime', { date, time });
}

/** "7 Nov" / "7 ноября" (with the year when it is not this year's) for the day an instant falls on in the user's zone. */
export function dateText(at: string, now: Date, timeZone: string, language: UiLanguage = 'en'): string {
  const day = new TZDate(Date.parse(at), timeZone);
  const thisYear = new TZDate(now.getTime(), timeZone).getFullYear();
  const { thisYear: sameYear, otherYear, locale } = DAY_FORMATS[language];
  return format(day, day.getFullYear() === thisYear ? sameYear : otherYear, locale ? { locale } : undefined);
}

/** "today", "tomorrow", "in 5 days" ("сегодня", "завтра", "через 5 дней"), from calendar days left. */
export function inDaysText(days: number, language: UiLanguage = 'en'): string {
  if (days <= 0) return say(language, 'today');
  return days === 1 ? say(language, 'tomorrow') : sayCount(language, 'inDays', days);
}
