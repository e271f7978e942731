import { z } from 'zod';
import { instantSchema } from './time';

/**
 * How a piece of evidence was made. Full-page captures say which kind they are: a stitched one is
 * pixel-exact; a rendered one (html2canvas) is a re-drawing of the page and may differ from it.
 */
export const evidenceKindSchema = z.enum([
  'screenshot-visible',
  'screenshot-full-stitched',
  'screenshot-full-rendered',
  'screenshot-element',
  'image',
  'quote',
  'link',
  'file',
  'page-snapshot',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 must be 64 lower-case hex digits');

/** Metadata of one piece of evidence. The bytes live in a separate store under the same id. */
export const evidenceSchema = z.object({
  id: z.string().min(1),
  /** The order it belongs to (see orderKey), or null while unassigned. */
  orderKey: z.string().min(1).nullable(),
  kind: evidenceKindSchema,
  mime: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  /** The page it was captured on. */
  url: z.url().optional(),
  /** The image's or link's own address, where it differs from the page's. */
  sourceUrl: z.url().optional(),
  pageTitle: z.string().optional(),
  capturedAt: instantSchema,
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Quoted text for 'quote', link text for 'link'. */
  text: z.string().optional(),
  fileName: z.string().optional(),
  note: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
