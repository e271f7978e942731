/** What a page snapshot says about itself: the page address and the time it was saved. */
export interface SnapshotHeader {
  url: string | null;
  savedAt: Date | null;
}

// The header is at the very start; a page body never needs reading to find it.
const HEADER_BYTES = 16 * 1024;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads the header of an MHTML snapshot (Chrome's pageCapture.saveAsMHTML writes
 * `Snapshot-Content-Location:` and an RFC 822 `Date:` before the first blank line), or the
 * `<!-- saved from url=(NNNN)… -->` mark of an HTML snapshot. Fields it cannot find are null;
 * it never throws.
 */
export function readSnapshotHeader(bytes: Uint8Array): SnapshotHeader {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEADER_BYTES));
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(text);
  if (savedFrom) return { url: savedFrom[1] ?? null, savedAt: null };
  const headers = new Map<string, string>();
  // RFC 822 unfolding: a line starting with white space continues the one before.
  const head = text.split(/\r?\n\r?\n/u)[0] ?? '';
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    url: headers.get('snapshot-content-location') ?? headers.get('content-location') ?? null,
    savedAt: parseRfc822Date(headers.get('date')),
  };
}

/** "Tue, 24 Nov 2026 07:05:34 -0000" (Blink), "24 Nov 2026 10:05:34 +0300", "… GMT". */
export function parseRfc822Date(value: string | undefined): Date | null {
  const match = value && /^(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ?([+-]\d{4}|GMT|UTC|UT|Z)$/u.exec(value);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === monthName?.toLowerCase());
  if (month < 0) return null;
  const offset = zone && /^[+-]/u.test(zone) ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) : 0;
  const wall = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return Number.isNaN(wall) ? null : new Date(wall - offset * 60_000);
}

/** How far a snapshot's own date may be from its capturedAt: saving a big page takes a while. */
export const SNAPSHOT_TIME_TOLERANCE_SECONDS = 120;

/**
 * Checks that a snapshot's header agrees with its metadata (issue 10 item 4): the same page
 * (compared without the #fragment) and a save time within the tolerance of capturedAt.
 * A missing field is a problem only for the URL; an HTML snapshot's mark carries no time.
 */
export function checkSnapshot(bytes: Uint8Array, meta: { url?: string; capturedAt: string }): string[] {
  const header = readSnapshotHeader(bytes);
  const problems: string[] = [];
  if (header.url === null) problems.push('the snapshot names no page address in its header');
  else if (meta.url !== undefined && withoutFragment(header.url) !== withoutFragment(meta.url)) {
    problems.push(`the snapshot was saved from ${header.url}, but its metadata says ${meta.url}`);
  }
  if (header.savedAt) {
    const apart = Math.abs(header.savedAt.getTime() - Date.parse(meta.capturedAt)) / 1000;
    if (apart > SNAPSHOT_TIME_TOLERANCE_SECONDS) {
      problems.push(`the snapshot is dated ${header.savedAt.toISOString()}, ${Math.round(apart)} s from capturedAt ${meta.capturedAt}`);
    }
  }
  return problems;
}

function withoutFragment(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
