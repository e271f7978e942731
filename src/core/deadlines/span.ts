import type { TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, addMonths } from 'date-fns';
import type { UiLanguage } from '../../i18n/ui-language';
import { sayCount } from './deadline-words';

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

/** "30 days", "3 business days", "2 years"; in Russian "30 дней", "3 рабочих дня", "2 года". */
export function spanText(span: Span, language: UiLanguage = 'en'): string {
  if ('days' in span) return sayCount(language, 'spanDays', span.days);
  if ('businessDays' in span) return sayCount(language, 'spanBusinessDays', span.businessDays);
  return span.months % 12 === 0 ? sayCount(language, 'spanYears', span.months / 12) : sayCount(language, 'spanMonths', span.months);
}
