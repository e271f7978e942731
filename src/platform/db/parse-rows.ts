import type { z } from 'zod';
import type { BrokenRecord } from './errors';

/** Parses stored rows; rows that fail are returned as broken (by key and reason) instead of thrown. */
export function parseRows<S extends z.ZodType>(
  store: string,
  schema: S,
  rows: unknown[],
  keyOf: (row: unknown) => string,
): { records: z.infer<S>[]; broken: BrokenRecord[] } {
  const records: z.infer<S>[] = [];
  const broken: BrokenRecord[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else broken.push({ store, key: keyOf(row), reason: parsed.error.issues[0]?.message ?? 'invalid record' });
  }
  return { records, broken };
}

export function keyField(field: string) {
  return (row: unknown): string => {
    const value = row && typeof row === 'object' ? (row as Record<string, unknown>)[field] : undefined;
    return typeof value === 'string' ? value : '(no key)';
  };
}
