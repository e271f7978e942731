import { normalizeText, foldText } from './normalize-text';

type Unit = 'week' | 'day' | 'hour' | 'minute' | 'second';

const UNIT_MS: Record<Unit, number> = {
  week: 604_800_000,
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
};

/**
 * Unit words as countdowns print them (en, ru, de, es, fr, pl, az). Any order: the pattern is
 * sorted longest first. Accented words also match unaccented ("días"/"dias").
 */
const UNITS: Record<Unit, readonly string[]> = {
  week: [
    'w', 'wk', 'wks', 'week', 'weeks', 'нед', 'неделя', 'недели', 'недель', 'woche', 'wochen',
    'semana', 'semanas', 'semaine', 'semaines', 'tydzień', 'tygodnie', 'tygodni', 'həftə',
  ],
  day: [
    'd', 'day', 'days', 'д', 'дн', 'день', 'дня', 'дней', 'tag', 'tage', 'tagen',
    'día', 'días', 'j', 'jour', 'jours', 'dzień', 'dni', 'gün',
  ],
  hour: [
    'h', 'hr', 'hrs', 'hour', 'hours', 'ч', 'час', 'часа', 'часов', 'std', 'stunde', 'stunden',
    'hora', 'horas', 'heure', 'heures', 'godz', 'godzina', 'godziny', 'godzin', 'saat',
  ],
  minute: [
    'm', 'min', 'mins', 'minute', 'minutes', 'мин', 'минута', 'минуты', 'минут', 'minuten',
    'minuto', 'minutos', 'minuta', 'minuty', 'minut', 'dəqiqə',
  ],
  second: [
    's', 'sec', 'secs', 'second', 'seconds', 'с', 'сек', 'секунда', 'секунды', 'секунд', 'sekunde', 'sekunden',
    'segundo', 'segundos', 'seconde', 'secondes', 'sekunda', 'sekundy', 'sekund', 'saniyə',
  ],
};
const RANK: readonly Unit[] = ['week', 'day', 'hour', 'minute', 'second'];

const UNIT_BY_WORD = new Map<string, Unit>(
  RANK.flatMap((unit) => UNITS[unit].flatMap((w) => [[w, unit] as const, [foldText(w), unit] as const])),
);
const UNIT_PATTERN = [...UNIT_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

// Matched case-insensitively on normalizeText output (not folded), so match positions are
// positions in the text we hand back.
const PAIR = new RegExp(String.raw`(?<n>\d{1,4}) ?(?<unit>${UNIT_PATTERN})\.?(?!\p{L})`, 'iuy');
const SEP = /(?: ?[,:;] ?| )(?:(?:and|и|und|y|et|i|və) )?/iuy;
const CLOCK = /(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?![\d:])/uy;
// Where a countdown may start: a digit that does not continue a number, a decimal or a clock.
const START = /(?<![\d.,:])\d/gu;

/**
 * Reads a relative countdown ("12 days 03:14:55", "Buyer protection: 12 days 03:14:55",
 * "12d 03h 14m", "12 дн. 3 ч.", "3 Tage 4 Stunden", "03:14:55") into milliseconds.
 * `text` is the part of the (whitespace-normalised) input that was read, as printed.
 *
 * Units must come largest first, each at most once ("3 hours 12 days" is not a countdown).
 * A clock needs seconds when it stands alone ("14:55" could be a time of day or mm:ss), must
 * not sit right after a date or before AM/PM/an offset (then it is a time of day), and needs
 * minutes/seconds ≤ 59. Returns null for anything else, including "1.5 days".
 */
export function parseCountdown(text: string): { ms: number; text: string } | null {
  const printed = normalizeText(text);
  for (const start of printed.matchAll(START)) {
    const read = readAt(printed, start.index);
    if (read !== null) return { ms: read.ms, text: printed.slice(start.index, read.end) };
  }
  return null;
}

function readAt(s: string, from: number): { ms: number; end: number } | null {
  const pairs = readPairs(s, from);
  // A clock may follow whole weeks/days ("12 days 03:14:55") or stand alone with seconds.
  const clock = pairs.lastRank <= RANK.indexOf('day') ? readClock(s, pairs.next, pairs.lastRank < 0) : null;
  if (clock !== null) return { ms: pairs.ms + clock.ms, end: clock.end };
  return pairs.lastRank < 0 ? null : { ms: pairs.ms, end: pairs.end };
}

/** "12 days 3 hours": consecutive number + unit pairs, largest unit first, each once. */
function readPairs(s: string, from: number): { ms: number; end: number; next: number; lastRank: number } {
  let ms = 0;
  let end = from;
  let next = from;
  let lastRank = -1;
  for (;;) {
    PAIR.lastIndex = next;
    const pair = PAIR.exec(s);
    const unit = pair === null ? undefined : UNIT_BY_WORD.get(foldText(pair.groups?.unit ?? ''));
    if (pair === null || unit === undefined || RANK.indexOf(unit) <= lastRank) break;
    lastRank = RANK.indexOf(unit);
    ms += Number(pair.groups?.n) * UNIT_MS[unit];
    end = PAIR.lastIndex;
    SEP.lastIndex = end;
    next = SEP.test(s) ? SEP.lastIndex : end;
  }
  return { ms, end, next, lastRank };
}

function readClock(s: string, at: number, alone: boolean): { ms: number; end: number } | null {
  CLOCK.lastIndex = at;
  const clock = CLOCK.exec(s)?.groups;
  if (clock === undefined || (alone && (clock.s === undefined || looksLikeTimeOfDay(s, at, CLOCK.lastIndex)))) return null;
  const [h, m, sec] = [Number(clock.h), Number(clock.m), Number(clock.s ?? 0)];
  if (m > 59 || sec > 59 || (!alone && h > 23)) return null;
  return { ms: h * UNIT_MS.hour + m * UNIT_MS.minute + sec * UNIT_MS.second, end: CLOCK.lastIndex };
}

// "21.02.2026 10:32:55", "2026-02-21T10:32:55Z", "10:32:55 PM" print a time of day, not a
// countdown: a lone clock right after a number (a date) or before am/pm/Z/offset is refused.
function looksLikeTimeOfDay(s: string, start: number, end: number): boolean {
  return /\dT?[ ,]*$/.test(s.slice(0, start)) || /^ ?(?:[AaPp]\.? ?[Mm]|Z|[+-]\d)/.test(s.slice(end));
}

/**
 * The instant a countdown of `ms` read at `readAt` runs out, as ISO with "Z".
 * Throws RangeError when `readAt` is an invalid Date: that is a caller bug, not page noise.
 */
export function countdownEnd(ms: number, readAt: Date): string {
  return new Date(readAt.getTime() + ms).toISOString();
}

/**
 * `parseCountdown` plus when it was read: the shape of `countdownReadingSchema`. `text` is the
 * whole normalised input (label included), because the reading is kept as proof of what the
 * page said. Null when there is no countdown or `readAt` is an invalid Date.
 */
export function parseCountdownAt(
  text: string,
  readAt: Date,
): { text: string; readAt: string; endsAt: string } | null {
  const countdown = parseCountdown(text);
  if (countdown === null || Number.isNaN(readAt.getTime())) return null;
  return { text: normalizeText(text), readAt: readAt.toISOString(), endsAt: countdownEnd(countdown.ms, readAt) };
}
