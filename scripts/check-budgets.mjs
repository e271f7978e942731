#!/usr/bin/env node
// Size budgets that fail the build (issue #8): the always-on content script stays small and never
// pulls in React, html2canvas, zod or webextension-polyfill.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_BUDGET_BYTES = 20 * 1024;
const FORBIDDEN = [
  ['React', /react\.production|__SECRET_INTERNALS|react-dom/],
  ['html2canvas', /html2canvas/],
  ['webextension-polyfill', /webextension-polyfill/],
  ['zod', /ZodError|\$ZodType/],
];

let failures = 0;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join('.output', target, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    const bytes = statSync(path).size;
    const text = readFileSync(path, 'utf8');
    const ok = bytes <= CONTENT_BUDGET_BYTES;
    console.log(`${path}: ${(bytes / 1024).toFixed(1)} kB of ${CONTENT_BUDGET_BYTES / 1024} kB ${ok ? 'ok' : 'OVER BUDGET'}`);
    if (!ok) failures++;
    for (const [name, pattern] of FORBIDDEN) {
      if (pattern.test(text)) {
        console.log(`${path}: contains ${name}, which must never be in the always-on content script`);
        failures++;
      }
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
