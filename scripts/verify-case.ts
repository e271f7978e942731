#!/usr/bin/env -S npx tsx
// `npm run verify-case -- case.zip` (or `npx tsx scripts/verify-case.ts case.zip`): for anyone who
// receives an exported ClaimKit case or backup. Recomputes every hash, checks the custody log's
// chain and that it agrees with the files, prints each check, and names each problem by file and
// log line. Exit 0 when everything verifies, 1 when anything does not, 2 on bad usage.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { archiveKind, importBackup, importCase, type CaseProblem } from '../src/core/evidence/case-import';

export type Print = (line: string) => void;

/** Verifies the ZIP at `path`, printing as it goes; returns the exit code. */
export async function verifyCaseFile(path: string, print: Print): Promise<number> {
  let zip: Uint8Array;
  try {
    zip = new Uint8Array(await readFile(path));
  } catch (error) {
    print(`✗ cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  print(`Verifying ${path} (${zip.length} bytes)`);
  const { passed, problems } = archiveKind(zip) === 'backup' ? await backupChecks(zip) : await importCase(zip);
  for (const check of passed) print(`✓ ${printable(check)}`);
  for (const problem of problems) print(`✗ ${printable(describeProblem(problem))}`);
  if (problems.length === 0) {
    print(`OK: all ${passed.length} checks passed. The files are the ones listed when the case was exported.`);
    return 0;
  }
  print(`FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'}. Files named above were changed, damaged, added or removed after export.`);
  return 1;
}

export function describeProblem({ file, line, problem }: CaseProblem): string {
  const where = [file, line === undefined ? undefined : `log line seq ${line}`].filter(Boolean).join(', ');
  return where ? `${where}: ${problem}` : problem;
}

/**
 * Names inside a ZIP are chosen by whoever made it: control characters (ANSI escapes that rewrite
 * the terminal) and bidi overrides are shown as \u{…} escapes, never passed to the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

async function backupChecks(zip: Uint8Array): Promise<{ passed: string[]; problems: CaseProblem[] }> {
  const backup = await importBackup(zip);
  return {
    passed: [...backup.passed, ...backup.cases.flatMap((c) => c.passed)],
    problems: [...backup.problems, ...backup.cases.flatMap((c) => c.problems)],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error('usage: npm run verify-case -- <case.zip>');
    process.exitCode = 2;
  } else {
    process.exitCode = await verifyCaseFile(file, (line) => console.log(line));
  }
}
