/**
 * Cuts `text` to at most `max` characters at the end of a sentence or line; '' when not even the
 * first sentence fits. A sentence ends at . ! ? … (optionally followed by a closing quote or
 * bracket) before whitespace or the end of the text.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  let best = 0;
  for (const m of text.matchAll(/[.!?…]+["»”)]*(?=\s|$)|\n/gu)) {
    const end = m.index + (m[0] === '\n' ? 0 : m[0].length);
    if (end > max) break;
    if (end > 0) best = end;
  }
  return text.slice(0, best).trimEnd();
}

/** Builds a complaint around the user's facts: prints `facts` exactly once, verbatim, or leaves it out when undefined. */
export type Frame = (facts: string | undefined) => string;

/** The longest sentence-bounded start of `facts` with which `frame` fits `limit`; undefined when not even one sentence does. */
export function cutFactsToFit(frame: Frame, facts: string, limit: number): string | undefined {
  const overhead = frame(facts).length - facts.length;
  const kept = limit > overhead ? cutAtSentence(facts, limit - overhead) : '';
  return kept === '' ? undefined : kept;
}

export interface Attempt {
  build: () => string;
  /** This attempt leaves out or cuts something the user should know about. */
  truncated: boolean;
}

export interface Fitted {
  text: string;
  truncated: boolean;
}

/**
 * The first attempt (most complete first) that fits `limit`. When none does, the last one is cut
 * at a sentence boundary, and `truncated` says so.
 */
export function firstThatFits(attempts: readonly Attempt[], limit: number): Fitted {
  for (const attempt of attempts) {
    const text = attempt.build();
    if (text.length <= limit) return { text, truncated: attempt.truncated };
  }
  const last = attempts.at(-1);
  return { text: last ? cutAtSentence(last.build(), limit) : '', truncated: true };
}
