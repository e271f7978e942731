import type { DBSchema } from 'idb';

/** A blob row: the bytes of one evidence item, stored apart so listing never loads them. */
export interface BlobRow {
  id: string;
  blob: Blob;
}

/**
 * The IndexedDB schema. Values are typed `unknown` on purpose: every read is parsed with the zod
 * schema of its record (a broken record is reported and skipped, never trusted).
 */
export interface ClaimKitDB extends DBSchema {
  orders: { key: string; value: unknown; indexes: { 'by-updated': string } };
  evidence: { key: string; value: unknown; indexes: { 'by-order': string; 'by-captured': string } };
  blobs: { key: string; value: BlobRow };
  /** One record per key: { key: 'settings', value } and other small state (v2). */
  meta: { key: string; value: { key: string; value: unknown } };
  drafts: { key: string; value: unknown };
  /** Custody log lines (v3): a CustodyEntry plus its caseKey, keyed [caseKey, seq]. */
  custody: { key: [string, number]; value: unknown };
}

export type StoreName = 'orders' | 'evidence' | 'blobs' | 'meta' | 'drafts' | 'custody';
