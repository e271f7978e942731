/** One entry of a tone word list. */
export interface ToneRule {
  kind: 'insult' | 'threat' | 'filler';
  /**
   * A regular-expression source, matched case-insensitively as whole words (Unicode-aware: the
   * match may not touch a letter or digit on either side). Two conventions keep the lists readable:
   * a space matches any run of whitespace, and an apostrophe matches ' or ’.
   * Russian words are stems plus \p{L}* so one entry covers every case ending
   * («мошенни\p{L}*»: мошенник, мошенники, мошенничество).
   */
  pattern: string;
  /** The neutral wording to use instead, in the list's language. */
  suggestion: string;
}

export interface ToneLexicon {
  rules: readonly ToneRule[];
  caps: (match: string) => string;
  punctuation: string;
}
