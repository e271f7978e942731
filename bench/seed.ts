// Seeds the extension's IndexedDB for the popup and locker benchmarks, in the service worker,
// through ClaimKit's own storage code (bench/seed-entry.ts bundled with esbuild).
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');

interface Seed {
  seedOrders(fromKey: string, count: number, openDeadlines: boolean): Promise<string[]>;
  seedEvidence(caseKeys: string[], perCase: number): Promise<number>;
}

let script: string | undefined;

async function loadSeed(worker: Worker): Promise<void> {
  script ??= (await build({ entryPoints: [join(ROOT, 'bench/seed-entry.ts')], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' })).outputFiles[0]!.text;
  if (!(await worker.evaluate(() => 'claimkitSeed' in globalThis))) await worker.evaluate(script);
}

/** Stores `count` copies of the stored order `fromKey` (see seed-entry.ts); returns their keys. */
export async function seedOrders(worker: Worker, fromKey: string, count: number, openDeadlines = false): Promise<string[]> {
  await loadSeed(worker);
  return worker.evaluate(([key, n, open]) => (globalThis as unknown as { claimkitSeed: Seed }).claimkitSeed.seedOrders(key, n, open), [fromKey, count, openDeadlines] as const);
}

/** Fills each case up to `perCase` items with copies of the stored evidence; returns the locker's item count. */
export async function seedEvidence(worker: Worker, caseKeys: string[], perCase: number): Promise<number> {
  await loadSeed(worker);
  return worker.evaluate(([keys, n]) => (globalThis as unknown as { claimkitSeed: Seed }).claimkitSeed.seedEvidence(keys, n), [caseKeys, perCase] as const);
}
