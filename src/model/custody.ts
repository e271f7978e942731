import { z } from 'zod';
import { sha256HexSchema } from './evidence';
import { instantSchema } from './time';

/**
 * What happened to a piece of evidence (issue 10). 'reassigned' is written to both cases' logs:
 * in a log where the item is present it means "moved out", where it is absent "moved in".
 * 'exported' concerns the whole case and has no evidence id.
 */
export const custodyEventKindSchema = z.enum([
  'captured',
  'imported',
  'snapshot-saved',
  'note-edited',
  'reassigned',
  'deleted',
  'exported',
]);
export type CustodyEventKind = z.infer<typeof custodyEventKindSchema>;

/** The hash before the first entry: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller appends; the log adds seq, prevHash and hash. */
export const custodyEventSchema = z.object({
  at: instantSchema,
  kind: custodyEventKindSchema,
  /** The evidence item, or null for case-level events ('exported'). */
  evidenceId: z.string().min(1).nullable(),
  /** The item's SHA-256: must for captured/imported/snapshot-saved/reassigned/deleted. */
  sha256: sha256HexSchema.optional(),
  /** Human words: "to aliexpress:8181…", "case-2026-11-24.zip", the note's new length… */
  detail: z.string().optional(),
});
export type CustodyEvent = z.infer<typeof custodyEventSchema>;

/**
 * One line of the log. `hash` is the SHA-256 of the canonical JSON of every other field, and
 * `prevHash` is the previous line's `hash` (GENESIS_HASH for seq 0): editing, removing or
 * reordering a line breaks the chain at that line.
 */
export const custodyEntrySchema = custodyEventSchema.extend({
  seq: z.number().int().nonnegative(),
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type CustodyEntry = z.infer<typeof custodyEntrySchema>;

/** A case's log, oldest first. Append-only: code builds a new array, never edits one. */
export const custodyLogSchema = z.array(custodyEntrySchema).readonly();
export type CustodyLog = z.infer<typeof custodyLogSchema>;
