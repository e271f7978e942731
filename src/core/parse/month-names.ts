import { foldText } from './normalize-text';

/**
 * Month names as order pages print them, by month (index 0 = January): full names, the
 * genitive forms Russian and Polish use after a day number ("21 февраля", "21 lutego") and the
 * abbreviations with or without their dot ("февр.", "Feb.", "févr."). A static table, not
 * Intl-generated, because pages print forms ICU does not ("Sept", "Mrz", "juil", "фев") and the
 * result must not change with the browser's ICU version. Entries are folded (lower case, no
 * diacritics) when loaded, so "März" and "marz" are the same key.
 *
 * Every spelling must mean the same month in every language listed: "mar" is March in en/fr/es/pl.
 */
export const MONTHS: readonly (readonly string[])[] = [
  // en; ru; de; fr; es; pl; az; it (amazon.it order pages: "18 febbraio 2026")
  ['january jan', 'январь января янв', 'januar jänner', 'janvier janv', 'enero ene', 'styczeń stycznia sty', 'yanvar', 'gennaio gen'],
  ['february feb', 'февраль февраля февр фев', 'februar', 'février févr fév', 'febrero', 'luty lutego lut', 'fevral', 'febbraio'],
  ['march mar', 'март марта мар', 'märz mär mrz', 'mars', 'marzo', 'marzec marca', 'mart', 'marzo'],
  ['april apr', 'апрель апреля апр', '', 'avril avr', 'abril abr', 'kwiecień kwietnia kwi', 'aprel', 'aprile'],
  ['may', 'май мая', 'mai', '', 'mayo', 'maj maja', '', 'maggio mag'],
  ['june jun', 'июнь июня июн', 'juni', 'juin', 'junio', 'czerwiec czerwca cze', 'iyun', 'giugno giu'],
  ['july jul', 'июль июля июл', 'juli', 'juillet juil', 'julio', 'lipiec lipca lip', 'iyul', 'luglio lug'],
  ['august aug', 'август августа авг', '', 'août', 'agosto ago', 'sierpień sierpnia sie', 'avqust', 'agosto'],
  ['september sept sep', 'сентябрь сентября сент сен', '', 'septembre', 'septiembre setiembre set', 'wrzesień września wrz', 'sentyabr', 'settembre sett set'],
  ['october oct', 'октябрь октября окт', 'oktober okt', 'octobre', 'octubre', 'październik października paź', 'oktyabr', 'ottobre ott'],
  ['november nov', 'ноябрь ноября нояб ноя', '', 'novembre', 'noviembre', 'listopad listopada lis', 'noyabr', 'novembre'],
  ['december dec', 'декабрь декабря дек', 'dezember dez', 'décembre déc', 'diciembre dic', 'grudzień grudnia gru', 'dekabr', 'dicembre dic'],
];

/** Folded spelling → month number 1–12. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) =>
    names.flatMap((group) => group.split(' ').filter(Boolean).map((name) => [foldText(name), index + 1] as const)),
  ),
);

/** Regex alternation of every spelling, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
