import type { ComplaintChannel, ComplaintOutcome, ComplaintReason, Language } from '../../model/complaint';
import type { ToneIssue } from '../../core/complaint';

// The builder's English UI words. They stay here, beside the component, until issue #9 moves the
// UI strings into dictionaries; the complaint's own wording is in core/complaint/templates.

export const REASON_LABEL: Record<ComplaintReason, string> = {
  'not-received': 'Not received',
  'not-as-described': 'Not as described',
  damaged: 'Damaged in transit',
  defective: 'Defective or poor quality',
  'wrong-item': 'Wrong item',
  incomplete: 'Incomplete: parts missing',
  counterfeit: 'Counterfeit',
  'seller-unresponsive': 'Seller does not reply',
};

export const OUTCOME_LABEL: Record<ComplaintOutcome, string> = {
  'full-refund': 'Full refund',
  'partial-refund': 'Partial refund',
  replacement: 'Replacement',
  'return-and-refund': 'Return and refund',
};

/** The rungs of the escalation ladder (DOMAIN.md), in the order a buyer climbs them. */
export const CHANNEL_LABEL: Record<ComplaintChannel, string> = {
  'seller-message': 'Message to the seller',
  'platform-dispute': 'Dispute on the marketplace',
  'platform-escalation': 'Escalation to the marketplace',
  'payment-dispute': 'PayPal or bank dispute',
  'formal-claim': 'Formal written claim (претензия)',
};

export const LANGUAGE_LABEL: Record<Language, string> = { en: 'English', ru: 'Русский' };

/**
 * What to write in the facts, per reason: the question the support agent will ask, and an
 * example of the concrete difference they need (DOMAIN.md: "the concrete discrepancy").
 */
export const FACTS_PROMPT: Record<ComplaintReason, { question: string; example: string }> = {
  'not-received': {
    question: 'When was it due, and what does the tracking show?',
    example: 'Tracking has not changed since 3 November; delivery was promised by 20 November.',
  },
  'not-as-described': { question: 'What was listed vs what arrived?', example: 'Listed as 128 GB, shows 32 GB in the settings.' },
  damaged: { question: 'What is damaged, and how did the parcel look when it arrived?', example: 'The screen is cracked; the box was crushed at one corner.' },
  defective: { question: 'What does not work, since when, and what did you try?', example: 'The left earbud does not charge; tried two cables and a reset.' },
  'wrong-item': { question: 'What did you order, and what came instead?', example: 'Ordered the black case for iPhone 15; received a blue one for iPhone 13.' },
  incomplete: { question: 'Which parts are missing from what the listing includes?', example: 'The listing includes a charger and 2 cables; only 1 cable came.' },
  counterfeit: { question: 'What shows it is not genuine?', example: 'The serial number is not found on the brand’s check page; the logo is misspelt.' },
  'seller-unresponsive': { question: 'When did you write to the seller, and what did you ask?', example: 'Wrote on 5 and 9 November asking for tracking; no answer.' },
};

/** The incident date means something else for some reasons (see the templates' sentence for it). */
export function incidentDateLabel(reason: ComplaintReason): string {
  if (reason === 'not-received') return 'Still not arrived on';
  if (reason === 'seller-unresponsive') return 'First wrote to the seller on';
  return 'Problem found on';
}

export const TONE_KIND_LABEL: Record<ToneIssue['kind'], string> = {
  insult: 'is insulting',
  threat: 'sounds like a threat',
  caps: 'reads as shouting',
  punctuation: 'reads as shouting',
  filler: 'is a feeling, not a fact',
};
