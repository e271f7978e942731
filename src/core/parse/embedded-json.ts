/**
 * JSON that pages carry inside their scripts ("window.rawData = {…};", `"summary":{…}` in server
 * data): cut out by brace matching and parsed with JSON.parse, never evaluated, never trusted for
 * its shape. Shared by the AliExpress, Ozon and Temu readers.
 */

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Index of the brace closing the one at `start`, skipping braces inside JSON strings; undefined when it never closes. */
export function matchingBrace(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return undefined;
}

/** The parsed JSON, or undefined for blank or malformed text (never throws). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
