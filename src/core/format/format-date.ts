import type { PageDate } from '../../model/time';
import { dateTimeFormat } from './intl-cache';

/**
 * "21 Feb 2026" for a calendar day (no zone shift: a day printed on the page stays that day),
 * "28 Nov, 18:00" for an instant, in the given zone.
 */
export function formatPageDate(value: PageDate, locale: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }
  return formatInstant(value, locale, timeZone);
}

export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
