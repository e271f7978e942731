import { z } from 'zod';
import { instantSchema } from '../../model/time';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../model/settings';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';

/** Small state kept beside the records, each key with its own schema. */
export const metaSchemas = {
  settings: settingsSchema,
  /** When reminders were last checked: deadlines that passed since then were missed while closed. */
  remindersCheckedAt: instantSchema,
  /** Alarm names whose reminder was already shown (so a restart never shows it twice). */
  remindersShown: z.array(z.string()),
} as const;
export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;

/** The stored value, or null when absent or no longer valid (a broken value is never trusted). */
export async function getMeta<K extends MetaKey>(db: ClaimKitDatabase, key: K): Promise<MetaValue<K> | null> {
  const row = await db.get('meta', key);
  const parsed = metaSchemas[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as MetaValue<K>) : null;
}

export async function putMeta<K extends MetaKey>(db: ClaimKitDatabase, key: K, value: MetaValue<K>): Promise<void> {
  const valid: unknown = metaSchemas[key].parse(value);
  try {
    await db.put('meta', { key, value: valid });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Settings with defaults for every field a stored (older or partly broken) record lacks. */
export async function getSettings(db: ClaimKitDatabase): Promise<Settings> {
  const row = await db.get('meta', 'settings');
  const stored = row?.value && typeof row.value === 'object' ? (row.value as Record<string, unknown>) : {};
  // Field by field (Dark Reader's repair-and-report): one bad field falls back alone.
  const repaired: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, schema] of Object.entries(settingsSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse(stored[field]);
    if (parsed.success) repaired[field] = parsed.data;
  }
  return settingsSchema.parse(repaired);
}
