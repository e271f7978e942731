// Bundled by bench/peers.ts into one script for the fixture page: the three DOM renderers compared,
// each called the way ClaimKit calls html2canvas (platform/capture/render-with-html2canvas.ts:
// device scale, CORS images, white background, PNG out), and a pixel comparison with a screenshot.
import html2canvas from 'html2canvas';
import html2canvasPro from 'html2canvas-pro';
import { domToPng } from 'modern-screenshot';

export type PeerName = 'html2canvas' | 'html2canvas-pro' | 'modern-screenshot';

const options = () => ({ scale: window.devicePixelRatio || 1, useCORS: true, logging: false, backgroundColor: '#ffffff' });

const renderers: Record<PeerName, (el: HTMLElement) => Promise<string>> = {
  html2canvas: async (el) => (await html2canvas(el, options())).toDataURL('image/png'),
  'html2canvas-pro': async (el) => (await html2canvasPro(el, options())).toDataURL('image/png'),
  'modern-screenshot': (el) => domToPng(el, { scale: window.devicePixelRatio || 1, backgroundColor: '#ffffff' }),
};

/** Renders the element to a PNG data URL; the time includes the PNG encoding. */
async function render(name: PeerName, selector: string): Promise<{ ms: number; png: string }> {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`bench: no element ${selector}`);
  const start = performance.now();
  const png = await renderers[name](el);
  return { ms: performance.now() - start, png };
}

/** One html2canvas render of the whole page, as tall as it is (as ClaimKit renders long pages), to PNG. */
async function renderPage(): Promise<{ ms: number }> {
  const height = document.documentElement.scrollHeight;
  const start = performance.now();
  (await html2canvas(document.documentElement, { ...options(), height, windowHeight: height })).toDataURL('image/png');
  return { ms: performance.now() - start };
}

async function pixels(dataUrl: string): Promise<ImageData> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * How far a render is from the reference screenshot of the same element: the share of pixels whose
 * colour differs by more than 32 (of 255) in some channel, over the area both images cover, and
 * both sizes (a render of another size is itself a difference).
 */
async function compare(renderPng: string, referencePng: string) {
  const [a, b] = await Promise.all([pixels(renderPng), pixels(referencePng)]);
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[j]!) > 32 || Math.abs(a.data[i + 1]! - b.data[j + 1]!) > 32 || Math.abs(a.data[i + 2]! - b.data[j + 2]!) > 32) differing++;
    }
  }
  return { renderSize: `${a.width}×${a.height}`, referenceSize: `${b.width}×${b.height}`, differingShare: differing / Math.max(1, width * height) };
}

Object.assign(globalThis, { claimkitPeers: { render, renderPage, compare } });
