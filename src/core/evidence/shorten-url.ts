const ELLIPSIS = '…';

/**
 * Shortens a URL to at most `maxChars` characters (code points) for a caption, cutting in the
 * middle. It must never lose the scheme and host (where the page was) nor `keep` (the order id):
 * when those (plus an "…" for each cut part) do not fit, they are kept whole and the limit is exceeded.
 * Text that is not a URL is shortened the same way, with its first segment treated as the host.
 */
export function shortenUrl(url: string, maxChars: number, keep?: string): string {
  const chars = Array.from(url);
  if (chars.length <= maxChars) return url;
  const originEnd = originLength(url);
  const origin = chars.slice(0, originEnd).join('');
  const rest = chars.slice(originEnd);
  const restText = rest.join('');
  const keepAt = keep ? restText.indexOf(keep) : -1;
  if (keep === undefined || keepAt < 0) {
    return origin + cutMiddle(rest, maxChars - originEnd);
  }
  const keepStart = Array.from(restText.slice(0, keepAt)).length;
  const keepLength = Array.from(keep).length;
  const before = rest.slice(0, keepStart);
  const after = rest.slice(keepStart + keepLength);
  const room = Math.max(0, maxChars - originEnd - keepLength);
  // The part before the id usually names it ("?orderId="), so it gets most of the room; a cut
  // part after the id still shows "…", so no one mistakes the shortened URL for the whole one.
  const afterRoom = after.length === 0 ? 0 : Math.max(1, Math.min(after.length, Math.floor(room / 3)));
  const beforeText = cutEnd(before, room - afterRoom);
  const afterText = cutEnd(after, room - Array.from(beforeText).length);
  return origin + beforeText + keep + afterText;
}

/** Scheme + "//" + host (+ port): everything before the first "/", "?" or "#" after the authority. */
function originLength(url: string): number {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//iu.exec(url);
  const start = scheme ? scheme[0].length : 0;
  const chars = Array.from(url);
  for (let i = Array.from(url.slice(0, start)).length; i < chars.length; i++) {
    if (chars[i] === '/' || chars[i] === '?' || chars[i] === '#') return i;
  }
  return chars.length;
}

function cutMiddle(chars: string[], room: number): string {
  if (chars.length <= room) return chars.join('');
  if (room <= 1) return chars.length === 0 ? '' : ELLIPSIS;
  const head = Math.ceil((room - 1) / 2);
  const tail = room - 1 - head;
  return chars.slice(0, head).join('') + ELLIPSIS + (tail > 0 ? chars.slice(chars.length - tail).join('') : '');
}

/** Keeps the start; a cut part ends in "…" (which counts toward `room`). */
function cutEnd(chars: string[], room: number): string {
  if (chars.length <= room) return chars.join('');
  if (room <= 0) return chars.length === 0 ? '' : ELLIPSIS;
  return chars.slice(0, room - 1).join('') + ELLIPSIS;
}
