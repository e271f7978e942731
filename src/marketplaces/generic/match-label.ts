import { normalizeText } from '../../core/parse/normalize-text';
import { LABELS, type LabelledField } from './labels';

export type Strength = 'strong' | 'weak';

export interface LabelMatch {
  field: LabelledField;
  strength: Strength;
  /** Text after the label and its separator, in the page's own case ("" when the label stands alone). */
  rest: string;
  /** Whether a colon followed the label ("Order ID: …"): the rest is then surely the value. */
  colon: boolean;
}

/**
 * Lower case without diacritics, one character at a time, remembering where each folded
 * character came from — so a label matched on folded text ("numero de commande") cuts the
 * original text at the right place and the value keeps its case ("PO-211-…").
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    folded += f;
    for (let i = 0; i < f.length; i++) origin.push(index);
    index += ch.length;
  }
  origin.push(index);
  return { folded, origin };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BY_LABEL = new Map<string, { field: LabelledField; strength: Strength }>();
for (const [field, languages] of Object.entries(LABELS) as [LabelledField, (typeof LABELS)[LabelledField]][]) {
  for (const table of Object.values(languages)) {
    for (const label of table.strong) BY_LABEL.set(foldWithMap(normalizeText(label)).folded, { field, strength: 'strong' });
    for (const label of table.weak ?? []) BY_LABEL.set(foldWithMap(normalizeText(label)).folded, { field, strength: 'weak' });
  }
}

// Longest label first, so "order date" wins over "order" and "итого к оплате" over "итого". A label
// must not run on into a letter ("Orders", "Totals"); a digit may follow ("Заказ №123").
const LABEL_RE = new RegExp(
  `^(?<label>${[...BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?!\\p{L}) ?(?<colon>[:：])? ?`,
  'u',
);

// Only the start of a text can hold a label: fold no more than the longest label and its separator.
const PREFIX_CHARS = Math.max(...[...BY_LABEL.keys()].map((label) => label.length)) + 4;
const FIRST_CHARS = new Set([...BY_LABEL.keys()].map((label) => label[0]));

/** The label a (normalised) text node starts with, if any, and what follows it. */
export function matchLabel(text: string): LabelMatch | undefined {
  // Most text nodes on a page start with a letter no label starts with: skip them before folding.
  if (!FIRST_CHARS.has(foldWithMap(text.slice(0, 2)).folded[0])) return undefined;
  const { folded, origin } = foldWithMap(text.slice(0, PREFIX_CHARS));
  const match = LABEL_RE.exec(folded);
  const label = match?.groups?.label;
  const found = label === undefined ? undefined : BY_LABEL.get(label);
  if (match === null || found === undefined) return undefined;
  const cut = origin[match[0].length] ?? text.length;
  return { ...found, rest: text.slice(cut).trim(), colon: match.groups?.colon !== undefined };
}
