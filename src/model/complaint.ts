import { z } from 'zod';
import { moneySchema } from './money';
import { calendarDateSchema, instantSchema } from './time';

export const complaintReasonSchema = z.enum([
  'not-received',
  'not-as-described',
  'damaged',
  'defective',
  'wrong-item',
  'incomplete',
  'counterfeit',
  'seller-unresponsive',
]);
export type ComplaintReason = z.infer<typeof complaintReasonSchema>;

export const complaintOutcomeSchema = z.enum(['full-refund', 'partial-refund', 'replacement', 'return-and-refund']);
export type ComplaintOutcome = z.infer<typeof complaintOutcomeSchema>;

/** The rungs of the escalation ladder (DOMAIN.md), each with its own wording and length limit. */
export const complaintChannelSchema = z.enum([
  'seller-message',
  'platform-dispute',
  'platform-escalation',
  'payment-dispute',
  'formal-claim',
]);
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export const languageSchema = z.enum(['en', 'ru']);
export type Language = z.infer<typeof languageSchema>;

export const complaintDraftSchema = z.object({
  orderKey: z.string().min(1),
  reason: complaintReasonSchema,
  outcome: complaintOutcomeSchema,
  /** Only for a partial refund. */
  partialAmount: moneySchema.optional(),
  incidentDate: calendarDateSchema.optional(),
  facts: z.string(),
  channel: complaintChannelSchema,
  language: languageSchema,
  /** The last text the builder produced (and the user may have edited). */
  text: z.string().optional(),
  updatedAt: instantSchema,
});
export type ComplaintDraft = z.infer<typeof complaintDraftSchema>;
