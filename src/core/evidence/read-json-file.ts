import type { z } from 'zod';
import type { CaseProblem } from './case-problem';

// A few issues say what is wrong; hundreds (a wrong file passed as a manifest) would bury it.
const MAX_ISSUES = 5;

/** Strict UTF-8: a damaged byte sequence is a problem to report, not a U+FFFD to store. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses a JSON file of the export through its schema; never throws, names the file in each problem. */
export function parseJsonFile<T>(bytes: Uint8Array, schema: z.ZodType<T>, file: string): { value: T | null; problems: CaseProblem[] } {
  const json = parseJson(bytes, file);
  if ('problem' in json) return { value: null, problems: [json.problem] };
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: null, problems: zodProblems(parsed.error, file) };
}

export function parseJson(bytes: Uint8Array, file: string): { value: unknown } | { problem: CaseProblem } {
  const text = decodeUtf8(bytes);
  if (text === null) return { problem: { file, problem: 'is not valid UTF-8 text' } };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: { file, problem: `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})` } };
  }
}

export function zodProblems(error: z.ZodError, file: string, line?: number): CaseProblem[] {
  const shown = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    file,
    line,
    problem: `${issue.path.length > 0 ? issue.path.join('.') : 'value'}: ${issue.message}`,
  }));
  const more = error.issues.length - shown.length;
  return more > 0 ? [...shown, { file, line, problem: `and ${more} more schema issues` }] : shown;
}
