import { shortenUrl } from './shorten-url';
import { formatOffset, pad, zonedParts } from './zoned-time';

export const CAPTION_BRAND = 'ClaimKit';
export const NO_URL_TEXT = '(no page address)';

// Fixed English month names, not the user's locale: the caption is proof read by support staff
// and courts abroad, and "24 Nov 2026" cannot be misread the way 11/24 vs 24/11 can.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CaptionInput {
  url?: string;
  /** The evidence's `capturedAt` (an instant). */
  capturedAt: string;
  timeZone: string;
  /** Kept whole when the URL is shortened. */
  orderId?: string;
  /** From `captionLayout(…).maxCharsPerLine`; the URL is shortened to fit it. */
  maxUrlChars: number;
}

export interface Caption {
  /** The URL as burned in (maybe shortened with "…"), or null when the item has none. */
  url: string | null;
  /** "24 Nov 2026, 10:05:33 UTC+03:00" */
  time: string;
  /** The two lines of the band, top to bottom. */
  lines: [string, string];
}

/** The text burned into a screenshot. Throws a RangeError for an invalid instant or time zone. */
export function buildCaption(input: CaptionInput): Caption {
  const url = input.url === undefined ? null : shortenUrl(input.url, input.maxUrlChars, input.orderId);
  const time = formatCaptionTime(input.capturedAt, input.timeZone);
  return { url, time, lines: [url ?? NO_URL_TEXT, `${time} · ${CAPTION_BRAND}`] };
}

/** "24 Nov 2026, 10:05:33 UTC+03:00": wall clock in the user's zone, seconds truncated, with the offset. */
export function formatCaptionTime(instant: string, timeZone: string): string {
  const t = zonedParts(new Date(instant), timeZone);
  const month = MONTHS[t.month - 1] ?? '?';
  return `${t.day} ${month} ${t.year}, ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)} UTC${formatOffset(t.offsetMinutes)}`;
}

/** Reads a caption time back into an instant; null when the text is not in that exact form. */
export function parseCaptionTime(text: string): Date | null {
  const match = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}), (\d{2}):(\d{2}):(\d{2}) UTC([+-])(\d{2}):(\d{2})$/u.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, sign, offH, offM] = match;
  const month = MONTHS.indexOf(monthName ?? '');
  if (month < 0) return null;
  const wall = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
  return new Date(wall - offset * 60_000);
}

/**
 * Checks that a caption tells the same story as the evidence metadata (issue 10 item 4): its time
 * is `capturedAt` to the second, and its URL is `url` — or, when shortened, keeps the host and
 * order id and shows only pieces of `url`, in order. Returns the disagreements; [] when it agrees.
 */
export function checkCaption(caption: Caption, meta: { url?: string; capturedAt: string }, orderId?: string): string[] {
  const problems: string[] = [];
  const shown = parseCaptionTime(caption.time);
  const captured = Math.floor(Date.parse(meta.capturedAt) / 1000);
  if (!shown) problems.push(`caption time "${caption.time}" is not readable`);
  else if (shown.getTime() / 1000 !== captured) {
    problems.push(`caption time ${shown.toISOString()} differs from capturedAt ${meta.capturedAt}`);
  }
  if (caption.url === null || meta.url === undefined) {
    if (caption.url !== (meta.url ?? null)) problems.push('caption and metadata disagree on whether there is a URL');
    return problems;
  }
  if (!isFaithfulShortening(caption.url, meta.url)) problems.push(`caption URL "${caption.url}" is not the page URL ${meta.url}`);
  const host = safeHost(meta.url);
  if (host && !caption.url.includes(host)) problems.push(`caption URL lost the host ${host}`);
  if (orderId && meta.url.includes(orderId) && !caption.url.includes(orderId)) {
    problems.push(`caption URL lost the order id ${orderId}`);
  }
  return problems;
}

function isFaithfulShortening(shown: string, url: string): boolean {
  if (!shown.includes('…')) return shown === url;
  let from = 0;
  for (const piece of shown.split('…')) {
    const at = url.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return url.startsWith(shown.split('…')[0] ?? '');
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

export interface CaptionLayout {
  bandHeightPx: number;
  fontSizePx: number;
  lineHeightPx: number;
  paddingPx: number;
  /** How many characters of a URL fit on one line (pass to buildCaption as maxUrlChars). */
  maxCharsPerLine: number;
}

// 12 CSS px is the smallest text people read comfortably on screen at 100% zoom.
const MIN_CSS_FONT_PX = 12;
// A screenshot printed across an A4 page (~190 mm) needs letters of ~2.7 mm (8 pt) to be read
// without a magnifier: font ≥ image width / 70.
const PRINT_WIDTH_RATIO = 70;
// Average advance of URL characters in a sans-serif font is ≈ 0.5 em; 0.6 keeps a margin.
const CHAR_WIDTH_EM = 0.6;

/**
 * Size of the caption band for an image `widthPx` device pixels wide taken at `devicePixelRatio`,
 * all in device pixels. Throws a RangeError for a non-positive or non-finite argument.
 */
export function captionLayout(widthPx: number, devicePixelRatio: number): CaptionLayout {
  if (!(widthPx > 0 && Number.isFinite(widthPx) && devicePixelRatio > 0 && Number.isFinite(devicePixelRatio))) {
    throw new RangeError(`captionLayout: invalid width ${widthPx} or device pixel ratio ${devicePixelRatio}`);
  }
  const fontSizePx = Math.max(Math.round(MIN_CSS_FONT_PX * devicePixelRatio), Math.round(widthPx / PRINT_WIDTH_RATIO));
  const lineHeightPx = Math.round(fontSizePx * 1.3);
  const paddingPx = Math.round(fontSizePx * 0.5);
  const usable = Math.max(0, widthPx - 2 * paddingPx);
  return {
    bandHeightPx: 2 * paddingPx + 2 * lineHeightPx,
    fontSizePx,
    lineHeightPx,
    paddingPx,
    maxCharsPerLine: Math.max(16, Math.floor(usable / (fontSizePx * CHAR_WIDTH_EM))),
  };
}
