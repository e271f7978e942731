import { z } from 'zod';
import { instantSchema } from './time';

export const deadlineKindSchema = z.enum([
  'open-dispute',
  'protection-end',
  'confirm-receipt',
  'escalate-to-platform',
  'seller-response',
  'return-window',
  'paypal-dispute',
  'card-chargeback',
  'consumer-law',
]);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

/**
 * How sure a deadline is, strongest first: read from the page beats a documented rule, which beats
 * a rule that consumer guides report, which beats an unsure one (see shared deadlines.md).
 */
export const confidenceSchema = z.enum(['page', 'documented', 'reported', 'unsure']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const deadlineSchema = z.object({
  id: z.string().min(1),
  kind: deadlineKindSchema,
  /** Short human label ("Open a dispute on AliExpress"). */
  label: z.string().min(1),
  dueAt: instantSchema,
  /** What it was computed from ("30 days after the delivery date 2026-11-02"). */
  computedFrom: z.string().min(1),
  confidence: confidenceSchema,
  /** Where the rule is written (URL or document name); absent for page-read deadlines. */
  source: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;
