import type { Evidence } from '../../model/evidence';
import { pad, zonedParts } from './zoned-time';

/** Most archive tools and file systems cope with far more, but long names wrap badly in a printed report. */
export const MAX_FILE_NAME_LENGTH = 100;

// Extension from the stored mime: the bytes are what they are, whatever a page or a file called them.
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  // Chrome's pageCapture.saveAsMHTML blob; some tools label MHTML as x-mimearchive.
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/uri-list': 'txt',
  'application/pdf': 'pdf',
  'application/json': 'json',
};

const SHORT_ID_LENGTH = 8;
const STAMP_LENGTH = 'YYYY-MM-DD_HH-MM-SS_'.length;
// Room kept for a "-99" suffix when two items would get the same name.
const SUFFIX_ROOM = 4;

/**
 * Readable, safe names for a case's evidence, index-aligned with `items` and unique within it
 * (compared case-insensitively, as Windows and macOS file systems do):
 * `2026-11-24_10-05-33_screenshot-visible_1f3a9c2e.png`. The time is the capture time in `timeZone`;
 * an item with a `fileName` (a user's own file) keeps its base name, sanitised, in place of the kind.
 * Names never contain path separators, control or bidi characters, and are ≤ MAX_FILE_NAME_LENGTH.
 * Throws a RangeError only for an unknown time zone.
 */
export function evidenceFileNames(items: readonly Evidence[], timeZone: string): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const { stem, ext } = nameParts(item, timeZone);
    let name = `${stem}.${ext}`;
    for (let n = 2; taken.has(foldCase(name)); n++) name = `${stem}-${n}.${ext}`;
    taken.add(foldCase(name));
    return name;
  });
}

function nameParts(item: Evidence, timeZone: string): { stem: string; ext: string } {
  const ext = extensionFor(item);
  const t = zonedParts(new Date(item.capturedAt), timeZone);
  const stamp = `${t.year}-${pad(t.month)}-${pad(t.day)}_${pad(t.hour)}-${pad(t.minute)}-${pad(t.second)}`;
  const shortId = shortIdOf(item);
  const labelRoom = MAX_FILE_NAME_LENGTH - STAMP_LENGTH - 1 - shortId.length - 1 - ext.length - SUFFIX_ROOM;
  const base = item.fileName === undefined ? '' : sanitizeFileNamePart(withoutExtension(item.fileName));
  const label = truncateCodePoints(base === '' ? item.kind : base, labelRoom).replace(/[-._]+$/u, '');
  return { stem: `${stamp}_${label || item.kind}_${shortId}`, ext };
}

/**
 * Makes any text safe as part of a file name: NFC, control/format characters (bidi overrides,
 * zero-width) removed, everything but letters, digits, `_`, `-` and `.` turned into `-`, runs
 * collapsed, and no leading/trailing dot or dash (a leading dot hides a file on Unix).
 */
export function sanitizeFileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-')
    .replace(/\.{2,}/gu, '.')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-._]+|[-._]+$/gu, '');
}

function extensionFor(item: Evidence): string {
  const known = EXTENSIONS[item.mime.toLowerCase().split(';')[0]?.trim() ?? ''];
  if (known) return known;
  const own = item.fileName?.match(/\.([A-Za-z0-9]{1,8})$/u)?.[1];
  return own ? own.toLowerCase() : 'bin';
}

function shortIdOf(item: Evidence): string {
  const fromId = item.id.toLowerCase().replace(/[^a-z0-9]/gu, '').slice(0, SHORT_ID_LENGTH);
  // An id with no letters or digits still needs a stable tag: the content hash is one.
  return fromId === '' ? item.sha256.slice(0, SHORT_ID_LENGTH) : fromId;
}

function withoutExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function truncateCodePoints(text: string, maxUnits: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > maxUnits) break;
    out += char;
  }
  return out;
}

function foldCase(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
