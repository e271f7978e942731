// html2canvas and its peers on the same element of the same fixture page, in Debian's Chromium
// (issue #8): html2canvas (what ClaimKit ships), html2canvas-pro and modern-screenshot, each from
// the element to a PNG, with how far each render is from a real screenshot of the element. And a
// whole page: stitched from visible captures (the popup's "Capture full page", pixel-exact) against
// one html2canvas render of the whole page, at several page lengths.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { readStoredOrder, waitFor } from '../tests/e2e/extension-state';
import { launchExtension } from '../tests/e2e/launch';
import { serveFixtures } from '../tests/e2e/serve-fixtures';
import { repeatBody, timeCaptures } from './capture';
import type { PeerName } from './peers-entry';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const ORDER_URL = 'http://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
const PEERS: PeerName[] = ['html2canvas', 'html2canvas-pro', 'modern-screenshot'];
const ELEMENTS = [
  { element: 'a price row', selector: '.order-price-item:last-child' },
  { element: 'the order block', selector: 'body > div' },
];
const WARM_UPS = 2;
const RUNS = 7;

export interface PeerFigure {
  element: string;
  library: PeerName;
  medianMs: number;
  runs: number;
  renderSize: string;
  referenceSize: string;
  /** Share of pixels differing by more than 32/255 in a channel from the element's screenshot. */
  differingShare: number;
}

export interface WholePageFigure {
  screens: number;
  /** "Capture full page", button → saved: frames, stitching, caption, page snapshot, IndexedDB. */
  stitchedMs: number;
  stitchedRuns: number;
  /** "Capture visible area" on the same page, button → saved: one frame, caption, snapshot, IndexedDB. */
  visibleMs: number;
  /** stitchedMs − visibleMs: what stitching the whole page costs beyond the parts every capture has. */
  stitchingMs: number;
  /** One html2canvas render of the whole page to PNG (what would replace the frames and stitching). */
  html2canvasMs: number;
  html2canvasRuns: number;
  faster: 'stitched' | 'html2canvas';
}

interface Peers {
  render(name: PeerName, selector: string): Promise<{ ms: number; png: string }>;
  renderPage(): Promise<{ ms: number }>;
  compare(renderPng: string, referencePng: string): Promise<{ renderSize: string; referenceSize: string; differingShare: number }>;
}

let script: string | undefined;
const peersScript = async () =>
  (script ??= (await build({ entryPoints: [join(ROOT, 'bench/peers-entry.ts')], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' })).outputFiles[0]!.text);

async function openFixture(transform?: (html: string) => string) {
  const server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html', transform }]);
  const ext = await launchExtension(server.port);
  const page = await ext.context.newPage();
  await page.goto(ORDER_URL);
  await waitFor(() => readStoredOrder(ext.worker, 'aliexpress:3052219904417382'), 'the order');
  await page.addScriptTag({ content: await peersScript() });
  const close = async () => {
    await ext.close();
    await server.close();
  };
  return { page, close };
}

export async function benchPeers(): Promise<PeerFigure[]> {
  const { page, close } = await openFixture();
  try {
    const figures: PeerFigure[] = [];
    for (const { element, selector } of ELEMENTS) {
      const reference = `data:image/png;base64,${(await page.locator(selector).screenshot({ type: 'png' })).toString('base64')}`;
      const times = new Map<PeerName, number[]>(PEERS.map((p) => [p, []]));
      const last = new Map<PeerName, string>();
      // Interleaved, so a noisy moment on this machine falls on every library alike.
      for (let i = 0; i < WARM_UPS + RUNS; i++) {
        for (const library of PEERS) {
          const { ms, png } = await page.evaluate(([name, sel]) => (globalThis as unknown as { claimkitPeers: Peers }).claimkitPeers.render(name, sel), [library, selector] as const);
          if (i >= WARM_UPS) times.get(library)!.push(ms);
          last.set(library, png);
        }
      }
      for (const library of PEERS) {
        const diff = await page.evaluate(([png, ref]) => (globalThis as unknown as { claimkitPeers: Peers }).claimkitPeers.compare(png, ref), [last.get(library)!, reference] as const);
        figures.push({ element, library, medianMs: median(times.get(library)!), runs: RUNS, ...diff });
      }
    }
    return figures;
  } finally {
    await close();
  }
}

/** Page lengths compared: the fixture's order block repeated 4, 8 and 14 times (about 2, 4 and 7 screens of 1280×800; stitching stops at 8). */
const REPEATS = [4, 8, 14];

export async function benchWholePage(): Promise<WholePageFigure[]> {
  const figures: WholePageFigure[] = [];
  for (const repeats of REPEATS) {
    const stitched = await timeCaptures({ width: 1280, height: 800 }, 'Capture full page', /Saved: Screenshot \(full page/, 3, repeatBody(repeats));
    const visible = await timeCaptures({ width: 1280, height: 800 }, 'Capture visible area', /Saved: Screenshot \(visible/, 3, repeatBody(repeats));
    const { page, close } = await openFixture(repeatBody(repeats));
    const rendered: number[] = [];
    try {
      for (let i = 0; i < 1 + 5; i++) {
        const { ms } = await page.evaluate(() => (globalThis as unknown as { claimkitPeers: Peers }).claimkitPeers.renderPage());
        if (i > 0) rendered.push(ms);
      }
    } finally {
      await close();
    }
    const stitchedMs = median(stitched.times);
    const visibleMs = median(visible.times);
    const html2canvasMs = median(rendered);
    const stitchingMs = stitchedMs - visibleMs;
    figures.push({ screens: stitched.screens, stitchedMs, stitchedRuns: stitched.times.length, visibleMs, stitchingMs, html2canvasMs, html2canvasRuns: rendered.length, faster: stitchingMs <= html2canvasMs ? 'stitched' : 'html2canvas' });
  }
  return figures;
}
