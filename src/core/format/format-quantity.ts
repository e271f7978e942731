import { numberFormat } from './intl-cache';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * "512 bytes", "12 kB", "3.4 MB" / "512 байт", "12 кБ", "3,4 МБ": binary multiples, with the unit
 * names and number format of the locale (Intl). Bytes use the long unit name: "512 byte" is not English.
 */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < KB) return numberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const [value, unit, digits] = bytes < MB ? [bytes / KB, 'kilobyte', 0] : bytes < GB ? [bytes / MB, 'megabyte', 1] : [bytes / GB, 'gigabyte', 1];
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "350 ms", "1.2 sec" / "350 мс", "1,2 с". */
export function formatDuration(ms: number, locale: string): string {
  if (ms < 1000) return numberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 }).format(ms);
  return numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
}

/** A share as a percentage ("0.34%", "12 %"), with two decimals under 1% so a little use is not "0%". */
export function formatPercent(share: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: share < 0.01 ? 2 : 0 }).format(share);
}

/** A number in the locale ("1 280" in Russian from five digits up, "1,280" in English). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}
