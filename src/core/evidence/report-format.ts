import type { Money } from '../../model/money';
import type { PageDate } from '../../model/time';
import { formatMoney } from '../format/format-money';
import { formatOffset, zonedParts } from './zoned-time';

/** Formatting for the report, which must render whatever locale a setting holds: a bad one falls back to English. */
export interface ReportFormat {
  instant(iso: string): string;
  pageDate(value: PageDate): string;
  money(money: Money | undefined): string;
  bytes(size: number): string;
}

export function createReportFormat(locale: string, timeZone: string): ReportFormat {
  const safeLocale = supported(locale);
  const dateTime = new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const day = new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(safeLocale, { maximumFractionDigits: 1 });
  const instant = (iso: string): string => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return `${dateTime.format(date)} (UTC${formatOffset(zonedParts(date, timeZone).offsetMinutes)})`;
  };
  return {
    instant,
    // A calendar day printed on the page stays that day: no zone shift (see model/time.ts).
    pageDate: (value) => (/^\d{4}-\d{2}-\d{2}$/u.test(value) ? day.format(new Date(`${value}T00:00:00Z`)) : instant(value)),
    money: (money) => (money ? formatMoney(money, safeLocale) : ''),
    bytes: (size) => {
      if (size < 1024) return `${size} B`;
      if (size < 1024 * 1024) return `${number.format(size / 1024)} KB`;
      return `${number.format(size / (1024 * 1024))} MB`;
    },
  };
}

function supported(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en';
  }
}
