import { normalizeText } from '../../core/parse/normalize-text';
import { isRecord } from '../../core/parse/embedded-json';

/**
 * Ozon's widget data: JSON in the `data-state` attribute of the element `state-<widget>-<n>-default-1`
 * (fixtures README, "Real DOM shapes"). It is page data, not ours: parsed with JSON.parse only, never
 * trusted for its shape. Every accessor here returns undefined for a value of the wrong type, so a
 * hostile or changed state yields missing facts, never a throw or a wrong-typed one.
 */

// A list page's state carries every loaded order; real ones are hundreds of kB. Far larger is not a page state.
const MAX_STATE = 4_000_000;
// Titles and prices are short; a longer string is not one (and would bloat the stored order).
const MAX_TEXT = 2000;

/** Each `data-state` under `root` matching `selector`, parsed; unparseable ones are left out. */
export function widgetStates(root: ParentNode, selector: string): unknown[] {
  return [...root.querySelectorAll(selector)].flatMap((el) => {
    const raw = el.getAttribute('data-state') ?? '';
    if (raw === '' || raw.length > MAX_STATE) return [];
    try {
      return [JSON.parse(raw) as unknown];
    } catch {
      return [];
    }
  });
}

/** The value at a path of keys and array indexes; undefined as soon as one step does not exist. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? (current[step] as unknown) : undefined;
    else current = isRecord(current) && Object.hasOwn(current, step) ? current[step] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/** The non-blank string at the path, whitespace-normalised; undefined for anything else or an overlong one. */
export function textAt(value: unknown, ...path: (string | number)[]): string | undefined {
  const found = at(value, ...path);
  if (typeof found !== 'string' || found.length > MAX_TEXT) return undefined;
  const text = normalizeText(found);
  return text === '' ? undefined : text;
}

/** The array at the path (at most `max` entries), or an empty one. */
export function listAt(value: unknown, max: number, ...path: (string | number)[]): unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found.slice(0, max) : [];
}

/** A positive whole count at the path ("quantity": 2); undefined for strings, fractions, 0 or absurd counts. */
export function countAt(value: unknown, ...path: (string | number)[]): number | undefined {
  const found = at(value, ...path);
  return typeof found === 'number' && Number.isInteger(found) && found > 0 && found < 100_000 ? found : undefined;
}
