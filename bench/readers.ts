// Reader time per fixture page, in Debian's Chromium (the engine the content script runs in):
// each fixture is loaded into a page, the readers are injected as one script, and readPage runs
// 5 times to warm up and 50 times measured with performance.now(). Budget: < 5 ms median per page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
export const READER_BUDGET_MS = 5;

export interface ReaderFigure {
  fixture: string;
  marketplace: string;
  pageKind: string;
  medianMs: number;
  p90Ms: number;
  read: boolean;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function benchReaders(): Promise<ReaderFigure[]> {
  const bundle = await build({ entryPoints: [join(ROOT, 'bench/reader-entry.ts')], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' });
  const script = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const figures: ReaderFigure[] = [];
  try {
    const page = await browser.newPage();
    // Fixture pages reference remote images: answer nothing, so no request leaves the machine.
    await page.route('**/*', (route) => route.abort());
    for (const marketplace of readdirSync(FIXTURES)) {
      const dir = join(FIXTURES, marketplace);
      // Only order-page fixtures (those with expected values); tests/fixtures/forms etc. are not pages to read.
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.expected.json'))))) {
        const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string; pageKind: string };
        if (expected.pageKind === 'other') continue;
        await page.setContent(readFileSync(join(dir, file), 'utf8'), { waitUntil: 'domcontentloaded' });
        await page.addScriptTag({ content: script });
        await page.evaluate(([url]) => (globalThis as unknown as { claimkitBench(u: string, n: number): unknown }).claimkitBench(url, 5), [expected.url] as const);
        const result = await page.evaluate(
          ([url]) => (globalThis as unknown as { claimkitBench(u: string, n: number): { times: number[]; found: number; marketplace: string } }).claimkitBench(url, 50),
          [expected.url] as const,
        );
        const sorted = [...result.times].sort((a, b) => a - b);
        figures.push({ fixture: `${marketplace}/${file}`, marketplace: result.marketplace, pageKind: expected.pageKind, medianMs: quantile(sorted, 0.5), p90Ms: quantile(sorted, 0.9), read: result.found === 50 });
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
