import { sendMessage } from '../messaging';
import { crossOriginImages, swapImages } from './inline-images';

/**
 * Renders the whole page (or one element) with html2canvas, in the tab, and returns a PNG data
 * URL. Used only for pages too long to stitch and for single elements; it is a re-drawing of the
 * page from its DOM and CSS, so the evidence kind says "rendered", not "pixel-exact".
 * Images from other servers are fetched by the extension where it may (inline-images.ts); the
 * rest load with CORS, and an image that allows neither stays blank.
 */
export async function renderToDataUrl(target: HTMLElement, maxHeightPx: number): Promise<string> {
  const dpr = window.devicePixelRatio || 1;
  const fullHeight = target === document.documentElement ? Math.max(target.scrollHeight, document.body?.scrollHeight ?? 0) : target.scrollHeight;
  const height = Math.min(fullHeight, Math.floor(maxHeightPx / dpr));
  // Imported when called: html2canvas touches window.location on load, which WXT's build-time
  // import of this entrypoint (in Node) does not have; the bundle inlines it all the same.
  const { default: html2canvas } = await import('html2canvas');
  const images = await fetchThroughExtension(crossOriginImages(target, location.origin));
  const whole = target === document.documentElement;
  const canvas = await html2canvas(target, {
    onclone: (clone) => swapImages(clone, images),
    scale: dpr,
    height,
    // A whole page is drawn as tall as it is; a block keeps the window's own height.
    ...(whole ? { windowHeight: height } : {}),
    useCORS: true,
    logging: false,
    backgroundColor: '#ffffff',
  });
  return canvas.toDataURL('image/png');
}

/** The extension's fetch of the page's foreign images; none when it may not (the block is drawn without them). */
async function fetchThroughExtension(urls: string[]): Promise<Record<string, string>> {
  if (urls.length === 0) return {};
  try {
    return (await sendMessage('evidence/fetch-images', { urls })).images;
  } catch {
    return {};
  }
}
