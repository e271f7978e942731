import { assembleComplaint } from './assemble-complaint';
import { channelLimit } from './channel-limits';
import { clip, complaintContext } from './complaint-context';
import type { ComplaintInput } from './complaint-input';
import { cutFactsToFit, firstThatFits, type Attempt, type Frame } from './fit-to-limit';
import { TEMPLATES } from './templates';
import type { Section } from './channel-rules';
import type { ComplaintContext, ComplaintTemplates } from './templates/types';

export interface BuiltComplaint {
  /** The full complaint, every known fact and every evidence item listed. */
  text: string;
  /** A compact version that fits the channel's limit; null when `text` already fits. */
  short: string | null;
  /** Length of `text`, counted as the form counts it (UTF-16 code units). */
  length: number;
  /** The channel's character limit (see channel-limits.ts for where each comes from). */
  limit: number;
  /** `text` fits the limit as it is. */
  fits: boolean;
  /** `short` had to be cut at a sentence boundary to fit: the user should check what was left out. */
  truncated: boolean;
}

/**
 * Builds the complaint text for one channel in one language from the stored facts. Never prints a
 * placeholder: a fact that is missing is left out (checkCompleteness names it). Pure: `now` and
 * `timeZone` come from the caller. When the full text is over the channel's limit, `short` is the
 * compact version: the order facts on one line, the user's own words, evidence as a count by kind,
 * the requested outcome, a one-word closing.
 */
export function buildComplaint(input: ComplaintInput): BuiltComplaint {
  const templates = TEMPLATES[input.language];
  const context = complaintContext(input, templates);
  const text = assembleComplaint(context, templates, 'full');
  const limit = channelLimit(input.channel, input.order.marketplace).chars;
  if (text.length <= limit) return { text, short: null, length: text.length, limit, fits: true, truncated: false };

  const fitted = firstThatFits(compactAttempts(context, templates, limit), limit);
  return { text, short: fitted.text, length: text.length, limit, fits: false, truncated: fitted.truncated };
}

/**
 * The compact versions, most complete first. What goes first when space runs out: tracking and the
 * delivery day, then the one-word closing, then the day the problem was found, then the end of the
 * user's own words (cut at a sentence), then all of them (the reason sentence takes their place),
 * then the evidence count. The opening (order number + reason), the order facts and the outcome
 * stay to the last.
 */
function compactAttempts(context: ComplaintContext, templates: ComplaintTemplates, limit: number): Attempt[] {
  const frame =
    (c: ComplaintContext, omit: Section[] = []): Frame =>
    (facts) =>
      assembleComplaint({ ...c, facts }, templates, 'short', new Set(omit));
  const leanContext = compact(context, 40, true);
  const rich = frame(compact(context, 60));
  const lean = frame(leanContext);
  const bare = frame(leanContext, ['closing']);
  const undated = frame({ ...leanContext, incidentDate: undefined }, ['closing']);
  const bareNoEvidence = frame(leanContext, ['closing', 'evidence', 'attachments']);
  const { facts } = context;
  const cutFacts = facts === undefined ? undefined : cutFactsToFit(undated, facts, limit);
  const lostFacts = facts !== undefined;
  return [
    { build: () => rich(facts), truncated: false },
    { build: () => lean(facts), truncated: false },
    { build: () => bare(facts), truncated: false },
    { build: () => undated(facts), truncated: false },
    ...(cutFacts === undefined ? [] : [{ build: () => undated(cutFacts), truncated: true }]),
    { build: () => bare(undefined), truncated: lostFacts },
    { build: () => bareNoEvidence(undefined), truncated: true },
  ];
}

/**
 * The compact order facts: titles clipped, and only the dates that matter for the reason (the
 * estimated delivery for "not received", the delivery day otherwise). `lean` also drops tracking
 * and delivery, keeping what identifies the case: number, date, product, amount, seller. The
 * seller's own chat does not need the seller's name.
 */
function compact(c: ComplaintContext, titleChars: number, lean = false): ComplaintContext {
  const notReceived = c.reason === 'not-received';
  return {
    ...c,
    compact: true,
    order: {
      ...c.order,
      products: c.order.products.map((p) => ({ ...p, title: clip(p.title, titleChars), unitPrice: undefined })),
      tracking: lean || !notReceived ? [] : c.order.tracking,
      estimatedDelivery: !lean && notReceived ? c.order.estimatedDelivery : undefined,
      delivered: lean || notReceived ? undefined : c.order.delivered,
      shipped: undefined,
      completed: undefined,
      paidDate: undefined,
      paymentMethod: undefined,
      seller: c.channel === 'seller-message' ? undefined : c.order.seller,
    },
  };
}
