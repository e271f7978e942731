import type { ComplaintOutcome, ComplaintReason } from '../../model/complaint';

/**
 * How long the seller has to answer a formal claim, and the article that says so, from the Russian
 * Закон «О защите прав потребителей» (shared deadlines.md, "Consumer law"):
 * - ст. 22: money claims for goods with a defect (refund, price reduction) — 10 days;
 * - ст. 21 п. 1: replacement of goods with a defect — 7 days;
 * - ст. 23.1 п. 2: prepaid goods not delivered, refund of the prepayment — 10 days.
 */
export interface AnswerRule {
  days: number;
  /** «ст. 22», as Russian legal text writes it. */
  articleRu: string;
  /** "Article 22", for an English letter to a seller under Russian law. */
  articleEn: string;
}

export function answerRule(reason: ComplaintReason, outcome: ComplaintOutcome): AnswerRule {
  if (reason === 'not-received') return { days: 10, articleRu: 'ст. 23.1', articleEn: 'Article 23.1' };
  if (outcome === 'replacement') return { days: 7, articleRu: 'ст. 21', articleEn: 'Article 21' };
  return { days: 10, articleRu: 'ст. 22', articleEn: 'Article 22' };
}
