import { z } from 'zod';
import { evidenceSchema, sha256HexSchema } from './evidence';
import { instantSchema } from './time';

export const CASE_FORMAT = 'claimkit-case';
export const BACKUP_FORMAT = 'claimkit-backup';
export const MANIFEST_FORMAT_VERSION = 1;

/**
 * A path inside an exported ZIP: relative, "/"-separated, no empty, "." or ".." segments, no
 * backslash, colon or control character — so no unzip tool can be led to write outside its folder.
 */
export const archivePathSchema = z
  .string()
  .min(1)
  .max(300)
  .refine(
    (path) =>
      !/[\\:\p{Cc}]/u.test(path) && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    'must be a relative path without "..", "\\", ":" or control characters',
  );

export const caseFileRoleSchema = z.enum(['order', 'evidence', 'complaint', 'custody-log', 'report']);
export type CaseFileRole = z.infer<typeof caseFileRoleSchema>;

/** One file of the export, as written. Evidence files carry their full metadata record. */
export const manifestFileSchema = z.object({
  path: archivePathSchema,
  role: caseFileRoleSchema,
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative(),
  evidence: evidenceSchema.optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/**
 * `manifest.json` of an exported case (issue 4 item 6, issue 10 item 3). It lists every other
 * file's SHA-256 and size; it cannot list its own, so it is what a forger would rewrite — the
 * hashes prove the files are the ones listed, not who listed them.
 */
export const caseManifestSchema = z.object({
  format: z.literal(CASE_FORMAT),
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  createdAt: instantSchema,
  generator: z.string(),
  orderKey: z.string().min(1),
  orderSha256: sha256HexSchema,
  custodyLog: z.object({
    sha256: sha256HexSchema,
    /** Line count and last hash: a removed last line is caught even though the chain cannot see it. */
    entries: z.number().int().nonnegative(),
    lastHash: sha256HexSchema,
  }),
  files: z.array(manifestFileSchema),
});
export type CaseManifest = z.infer<typeof caseManifestSchema>;

/** Top-level `manifest.json` of a full backup: one folder per case, each with its own manifest. */
export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  createdAt: instantSchema,
  generator: z.string(),
  cases: z.array(
    z.object({
      folder: archivePathSchema,
      orderKey: z.string().min(1),
      /** SHA-256 of the case's own manifest.json. */
      manifestSha256: sha256HexSchema,
    }),
  ),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
