/** Keeps the strings that are there: a missing fact is left out, never printed as "undefined" or "". */
export function present(parts: readonly (string | false | null | undefined)[]): string[] {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0);
}

/** Ends a sentence with a full stop unless it already ends with one (a Russian date ends in «г.»). */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "item not received" → "Item not received". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
