import type { TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, addMonths } from 'date-fns';

/**
 * A rule's length: calendar days, business days where the source says so (Mon–Fri in the user's
 * zone; public holidays are not known, so a holiday makes us early, never late), or months (statute
 * periods: a month ends on the same date, or the month's last day when it has none, as date-fns does).
 */
export type Span = { readonly days: number } | { readonly businessDays: number } | { readonly months: number };

export function addSpan(day: TZDate, span: Span): TZDate {
  if ('days' in span) return addDays(day, span.days);
  if ('businessDays' in span) return addBusinessDays(day, span.businessDays);
  return addMonths(day, span.months);
}

/** "30 days", "3 business days", "2 years". */
export function spanText(span: Span): string {
  if ('days' in span) return plural(span.days, 'day');
  if ('businessDays' in span) return plural(span.businessDays, 'business day');
  return span.months % 12 === 0 ? plural(span.months / 12, 'year') : plural(span.months, 'month');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
