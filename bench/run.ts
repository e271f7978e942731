// `npm run bench`: ClaimKit's figures on this machine, printed as a table and written to
// bench/results.json. Timing figures are reported, not asserted (the machine is noisy); the size
// budgets that fail the build live in scripts/check-build.mjs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCapture } from './capture';
import { benchContentScript, CONTENT_SCRIPT_BUDGET_MS } from './content-script';
import { benchExport } from './export';
import { benchLocker } from './locker';
import { benchPeers, benchWholePage } from './peers';
import { benchPopup, POPUP_BUDGET_MS } from './popup';
import { benchReaders, READER_BUDGET_MS } from './readers';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (path: string) => statSync(join(ROOT, path)).size / 1024;

// Every figure here is wall-clock time on a shared machine: the load average is recorded beside them.
const load: Record<string, number[]> = { start: loadavg() };
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—').padStart(9);

// `wxt build --mode e2e` bundles React's development build unless NODE_ENV=production is set (the
// package scripts set it; a .env.e2e file is not read for it)
// (Vite derives NODE_ENV from the mode): the popup and locker figures then include React's dev checks.
const reactBuild = readdirSync(join(ROOT, '.output/chrome-mv3-e2e/chunks')).some((f) => readFileSync(join(ROOT, '.output/chrome-mv3-e2e/chunks', f), 'utf8').includes('jsxDEV')) ? 'development' : 'production';
if (reactBuild === 'development') console.log('NOTE: the e2e build bundles React in development mode; run `NODE_ENV=production npm run bench` for production React in the popup and locker.');

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
console.log(`Always-on content script (e2e build, with its performance marks): ${sizes.contentScriptKb.toFixed(1)} kB (budget 20 kB); AliExpress reader bundle, injected with it on AliExpress order pages only: ${sizes.aliexpressReaderKb.toFixed(1)} kB`);

const capture = await benchCapture();
console.log('\nCapture and storage in Chromium with the built extension');
for (const f of capture) console.log(`${f.name.padEnd(70)} ${f.medianMs.toFixed(1).padStart(9)} ms  (${f.runs} run${f.runs === 1 ? '' : 's'}; ${f.note})`);

const exported = await benchExport();
console.log(`\nExport of a ${exported.megabytes.toFixed(0)} MB case (hash + manifest + report + ZIP, Node): ${exported.seconds.toFixed(2)} s = ${exported.mbPerSecond.toFixed(0)} MB/s`);
load.afterCapture = loadavg();

const contentScript = await benchContentScript();
console.log(`\nContent script, document_idle → order read, per page load (e2e build's marks; median and p90 of 20 loads after 3 warm-ups; budget < ${CONTENT_SCRIPT_BUDGET_MS} ms)`);
console.log('fixture'.padEnd(42), 'median ms'.padStart(9), 'p90 ms'.padStart(9), 'bundle ms'.padStart(9), ' read ms'.padStart(9), 'first visit'.padStart(11), ' verdict');
for (const f of contentScript.orderPages) {
  const verdict = !f.read ? 'order not stored' : f.medianMs < CONTENT_SCRIPT_BUDGET_MS ? 'ok' : 'over budget';
  console.log(f.fixture.padEnd(42), ms(f.medianMs), ms(f.p90Ms), ms(f.bundleMs), ms(f.readMs), ms(f.firstVisitMs).padStart(11), ` ${verdict}${f.note ? ` (${f.note})` : ''}`);
}
console.log('(bundle = idle → content script started, the reader bundle injected and evaluated before it; read = content script started → first reading; first visit = the first load in a fresh browser)');
console.log('\nContent script on pages that are not order pages (10 loads each)');
console.log('page'.padEnd(46), 'injected', 'script ms', 'readers', 'messages', 'observers', 'orders', 'badge');
for (const p of contentScript.nonOrderPages) {
  console.log(p.page.padEnd(46), String(p.injected).padEnd(8), (p.contentScriptMs === null ? '—' : p.contentScriptMs.toFixed(1)).padStart(9), String(p.readerRequests).padStart(7), String(p.messages).padStart(8), String(p.observers).padStart(9), String(p.ordersStored).padStart(6), ` ${p.badge === '' ? '(empty)' : p.badge}`);
}
load.afterContentScript = loadavg();

const popup = await benchPopup();
console.log(`\nPopup opened in a tab → content shown (in the DOM; median and p90 of 15 opens after 2 warm-ups; React ${reactBuild} build; budget < ${POPUP_BUDGET_MS} ms)`);
for (const f of popup) {
  const verdict = f.name.startsWith('floor') ? '(no budget: the reference)' : f.medianMs < POPUP_BUDGET_MS ? 'ok' : 'over budget';
  const figure = f.error ? `FAILS: ${f.error}` : `${ms(f.medianMs)} ms median, p90 ${ms(f.p90Ms).trim()} ms  ${verdict}`;
  console.log(`${f.name.padEnd(62)} ${String(f.orders).padStart(5)} orders  ${figure}`);
}
load.afterPopup = loadavg();

const locker = await benchLocker();
console.log(`\nEvidence locker with ${locker.items} items in ${locker.cases} cases (${locker.storedMb.toFixed(0)} MB; median of ${locker.runs} opens after 1 warm-up; React ${reactBuild} build)`);
console.log(`opening evidence.html → every item's card in the document: ${ms(locker.listMedianMs).trim()} ms; → every image's thumbnail bytes loaded: ${ms(locker.thumbnailsMedianMs).trim()} ms`);
load.afterLocker = loadavg();

const peers = await benchPeers();
console.log('\nOne element to PNG in the fixture page (median of 7 after 2 warm-ups, interleaved); "differs" = pixels off by > 32/255 from a screenshot of the element');
console.log('element'.padEnd(18), 'library'.padEnd(18), 'median ms'.padStart(9), 'size'.padStart(10), 'differs'.padStart(8));
for (const f of peers) console.log(f.element.padEnd(18), f.library.padEnd(18), ms(f.medianMs), f.renderSize.padStart(10), `${(f.differingShare * 100).toFixed(2)}%`.padStart(8));
for (const element of new Set(peers.map((f) => f.element))) {
  const rows = peers.filter((f) => f.element === element);
  const fastest = rows.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
  const fewest = Math.min(...rows.map((f) => f.differingShare));
  const closest = rows.filter((f) => f.differingShare === fewest).map((f) => f.library);
  console.log(`${element}: fastest ${fastest.library}, closest to the screenshot ${closest.join(' and ')}`);
}
const wholePage = await benchWholePage();
console.log('\nWhole page at 1280×800: stitched capture vs one html2canvas render (stitching = stitched − visible capture, both button → saved; html2canvas = render + PNG only)');
console.log('screens'.padStart(7), 'stitched ms'.padStart(11), 'visible ms'.padStart(10), 'stitching ms'.padStart(12), 'html2canvas ms'.padStart(14), ' faster');
for (const f of wholePage) console.log(String(f.screens).padStart(7), ms(f.stitchedMs).padStart(11), ms(f.visibleMs).padStart(10), ms(f.stitchingMs).padStart(12), ms(f.html2canvasMs).padStart(14), ` ${f.faster}`);
load.end = loadavg();
console.log(`\nLoad average (1, 5, 15 min) at start ${load.start!.map((x) => x.toFixed(1)).join(', ')}, at end ${load.end.map((x) => x.toFixed(1)).join(', ')} (2 cores; above 2 the figures are inflated)`);

writeFileSync(
  join(ROOT, 'bench/results.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: load, reactBuild, readers, sizes, capture, export: exported, contentScript, popup, locker, peers, wholePage }, null, 2),
);
console.log('\nwritten: bench/results.json');
