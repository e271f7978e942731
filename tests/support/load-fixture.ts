import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Saved marketplace pages for tests (tests/fixtures/<marketplace>/, each with a README row and an
 * `X.expected.json` next to `X.html`). Parsing needs a DOM: put `// @vitest-environment happy-dom`
 * at the top of the test file.
 */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/** The raw HTML of `tests/fixtures/<path>`, e.g. `aliexpress/order-detail-global-en.html`. */
export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), 'utf8');
}

/** The parsed `X.expected.json` beside `X.html` (unchecked: see expected-order.ts). */
export function readExpected(htmlPath: string): unknown {
  return JSON.parse(readFixture(htmlPath.replace(/\.html$/, '.expected.json'))) as unknown;
}

/** The `.html` fixtures of one marketplace, as paths for `loadFixture`, sorted. */
export function listFixtures(marketplace: string): string[] {
  return readdirSync(join(FIXTURES_DIR, marketplace))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `${marketplace}/${name}`);
}

/** HTML text → Document, as a browser parses a page (scripts are not run). */
export function parseHtml(html: string): Document {
  if (typeof DOMParser === 'undefined') {
    throw new Error('parseHtml needs a DOM: add `// @vitest-environment happy-dom` at the top of the test file');
  }
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A fixture page as a Document. */
export function loadFixture(path: string): Document {
  return parseHtml(readFixture(path));
}
