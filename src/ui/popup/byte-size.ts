import type { Translator } from '../../i18n/translator';

const KB = 1024;
const MB = KB * KB;
const GB = MB * KB;

/** "5 KB", "1.2 MB" / "1,2 МБ": a size for people, in the translator's language (never "0 KB"). */
export function byteSize(bytes: number, { t, locale }: Pick<Translator, 't' | 'locale'>): string {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < MB) return t('popupSizeKilobytes', { size: number(Math.max(1, Math.round(bytes / KB))) });
  if (bytes < GB) return t('popupSizeMegabytes', { size: number(bytes / MB) });
  return t('popupSizeGigabytes', { size: number(bytes / GB) });
}
