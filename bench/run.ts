// `npm run bench`: ClaimKit's figures on this machine, printed as a table and written to
// bench/results.json. Timing figures are reported, not asserted (the machine is noisy); the size
// budgets that fail the build live in scripts/check-build.mjs.
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchCapture } from './capture';
import { benchExport } from './export';
import { benchReaders, READER_BUDGET_MS } from './readers';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (path: string) => statSync(join(ROOT, path)).size / 1024;

const readers = await benchReaders();
const sizes = {
  contentScriptKb: kb('.output/chrome-mv3-e2e/content-scripts/order.js'),
  aliexpressReaderKb: kb('.output/chrome-mv3-e2e/reader-aliexpress.js'),
};

console.log('\nReader time per page in Chromium (median of 50 runs after 5 warm-ups; budget < 5 ms; Chromium rounds performance.now() to 0.1 ms)');
console.log('fixture'.padEnd(55), 'reader'.padEnd(11), 'median ms'.padStart(10), 'p90 ms'.padStart(8), ' verdict');
for (const f of readers) {
  const verdict = !f.read ? `no order number read (${f.marketplace} reader)` : f.medianMs < READER_BUDGET_MS ? 'ok' : 'over budget';
  console.log(f.fixture.padEnd(55), f.marketplace.padEnd(11), f.medianMs.toFixed(3).padStart(10), f.p90Ms.toFixed(3).padStart(8), ` ${verdict}`);
}
const medians = readers.map((f) => f.medianMs).sort((a, b) => a - b);
console.log(`\nAll order pages: median of medians ${medians[Math.floor(medians.length / 2)]?.toFixed(3)} ms, worst ${medians.at(-1)?.toFixed(3)} ms`);
console.log(`Always-on content script: ${sizes.contentScriptKb.toFixed(1)} kB (budget 20 kB); AliExpress reader bundle, loaded only on its order pages: ${sizes.aliexpressReaderKb.toFixed(1)} kB`);

const capture = await benchCapture();
console.log('\nCapture and storage in Chromium with the built extension');
for (const f of capture) console.log(`${f.name.padEnd(70)} ${f.medianMs.toFixed(1).padStart(9)} ms  (${f.runs} run${f.runs === 1 ? '' : 's'}; ${f.note})`);

const exported = await benchExport();
console.log(`\nExport of a ${exported.megabytes.toFixed(0)} MB case (hash + manifest + report + ZIP, Node): ${exported.seconds.toFixed(2)} s = ${exported.mbPerSecond.toFixed(0)} MB/s`);

writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify({ measuredAt: new Date().toISOString(), readers, sizes, capture, export: exported }, null, 2));
console.log('\nwritten: bench/results.json');
