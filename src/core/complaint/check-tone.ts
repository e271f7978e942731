import { ABBREVIATIONS } from './tone/abbreviations';
import { TONE_EN } from './tone/en';
import { TONE_RU } from './tone/ru';
import type { ToneLexicon, ToneRule } from './tone/types';

export interface ToneIssue {
  kind: 'insult' | 'threat' | 'caps' | 'punctuation' | 'filler';
  /** The text as written. */
  match: string;
  /** Where it starts in the checked text (UTF-16 offset, as String.prototype.slice counts). */
  index: number;
  /** The neutral wording to use instead, in the complaint's language. */
  suggestion: string;
}

export interface ToneOptions {
  /**
   * Text copied from the page that is not the user's wording (product titles, the seller's name):
   * issues inside it are not reported, so "XIAOMI" in a title is not "shouting".
   */
  ignore?: readonly string[];
}

const LEXICONS: Record<'en' | 'ru', ToneLexicon> = { en: TONE_EN, ru: TONE_RU };

// JS \b only knows ASCII letters, so Cyrillic words need Unicode-aware lookarounds.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const compiled = new Map<ToneRule, RegExp>();

/** Applies the list conventions (space = any whitespace, ' = either apostrophe) and whole-word boundaries. */
function ruleRegExp(rule: ToneRule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    const source = rule.pattern.replace(/ /g, '\\s+').replace(/'/g, "['’]");
    re = new RegExp(`${NOT_WORD_BEFORE}(?:${source})${NOT_WORD_AFTER}`, 'giu');
    compiled.set(rule, re);
  }
  return re;
}

/**
 * Flags what breaks the tone rules of DOMAIN.md: insults, threats, shouting in capitals, rows of
 * !/?, and emotional filler; each with a neutral suggestion in `language`. Meant for the user's own
 * words (the facts, or an edited complaint); a lawful next step ("I will escalate to AliExpress",
 * «обращусь в Роспотребнадзор») is not a threat. Never throws; an empty text has no issues.
 * Issues come sorted by position.
 */
export function checkTone(text: string, language: 'en' | 'ru', options: ToneOptions = {}): ToneIssue[] {
  const lexicon = LEXICONS[language];
  const issues: ToneIssue[] = [];
  for (const rule of lexicon.rules) {
    for (const m of text.matchAll(ruleRegExp(rule))) issues.push({ kind: rule.kind, match: m[0], index: m.index, suggestion: rule.suggestion });
  }
  for (const run of shoutingRuns(text)) issues.push({ kind: 'caps', ...run, suggestion: lexicon.caps(run.match) });
  for (const m of text.matchAll(/[!?]{2,}/gu)) issues.push({ kind: 'punctuation', match: m[0], index: m.index, suggestion: lexicon.punctuation });
  const ignored = ignoredSpans(text, options.ignore ?? []);
  return issues
    .filter((issue) => !ignored.some(([from, to]) => issue.index < to && issue.index + issue.match.length > from))
    .sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

interface Token {
  word: string;
  index: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Runs of capitalised words that read as shouting: two or more capitalised words in a row, or one
 * of five letters or more. Abbreviations (USB, USD, РФ), single letters ("I") and anything with a
 * digit (order and tracking numbers) neither count nor break a run.
 */
function shoutingRuns(text: string): { match: string; index: number }[] {
  const runs: { match: string; index: number }[] = [];
  let run: Token[] = [];
  let previousEnd = 0;
  const flush = () => {
    const counted = run.filter((t) => shouts(t.word));
    if (counted.length >= 2 || counted.some((t) => letters(t.word) >= 5)) {
      const first = counted[0];
      const last = counted.at(-1);
      if (first && last) runs.push({ match: text.slice(first.index, last.index + last.word.length), index: first.index });
    }
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const token = { word: m[0], index: m.index };
    const gap = text.slice(previousEnd, token.index);
    previousEnd = token.index + token.word.length;
    // A run continues across spaces and light punctuation, not across a sentence end or a line break.
    if (/[.!?\n]/u.test(gap)) flush();
    if (isCapitalised(token.word)) run.push(token);
    else flush();
  }
  flush();
  return runs;
}

/** Every letter is upper case, and there is at least one letter. */
function isCapitalised(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** A capitalised word that is not an abbreviation, a single letter or a code with digits. */
function shouts(word: string): boolean {
  if (/\p{N}/u.test(word)) return false;
  return word.split(/[-'’]/u).some((part) => letters(part) >= 2 && !ABBREVIATIONS.has(part));
}

function letters(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

function ignoredSpans(text: string, ignore: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of ignore) {
    if (phrase.trim() === '') continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) spans.push([at, at + phrase.length]);
  }
  return spans;
}
