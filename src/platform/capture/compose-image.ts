/** The caption band's geometry in output pixels (core/evidence/caption.ts computes it). */
export interface BandLayout {
  bandHeightPx: number;
  fontSizePx: number;
  lineHeightPx: number;
  paddingPx: number;
}

export interface FramePlacement {
  /** A PNG of one screen (captureVisibleTab). */
  png: Blob;
  /** Where its top-left goes on the output, in output pixels. */
  x: number;
  y: number;
  /** The part of the frame to keep (device pixels); the whole frame when absent. */
  crop?: { x: number; y: number; width: number; height: number };
}

export interface ComposedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Draws the frames onto one canvas (later frames over earlier ones, so the last screen's overlap
 * is simply covered) and burns the caption band below, so the proof stands on its own in print.
 * OffscreenCanvas works in Chrome's service worker and Firefox's background page.
 */
export async function composeImage(
  frames: readonly FramePlacement[],
  content: { width: number; height: number },
  caption: { lines: readonly [string, string]; layout: BandLayout },
): Promise<ComposedImage> {
  const width = Math.round(content.width);
  const height = Math.round(content.height) + caption.layout.bandHeightPx;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('ClaimKit could not draw the screenshot (no 2D canvas)');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const frame of frames) {
    const bitmap = await createImageBitmap(frame.png);
    const crop = frame.crop ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
    const w = Math.min(crop.width, bitmap.width - crop.x);
    const h = Math.min(crop.height, bitmap.height - crop.y);
    if (w > 0 && h > 0) ctx.drawImage(bitmap, crop.x, crop.y, w, h, Math.round(frame.x), Math.round(frame.y), w, h);
    bitmap.close();
  }
  drawCaption(ctx, width, Math.round(content.height), caption.lines, caption.layout);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), width, height };
}

function drawCaption(ctx: OffscreenCanvasRenderingContext2D, width: number, top: number, lines: readonly [string, string], layout: BandLayout): void {
  ctx.fillStyle = '#111827';
  ctx.fillRect(0, top, width, layout.bandHeightPx);
  ctx.fillStyle = '#ffffff';
  ctx.font = `${layout.fontSizePx}px ui-monospace, Menlo, Consolas, monospace`;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => {
    ctx.fillText(line, layout.paddingPx, top + layout.paddingPx + i * layout.lineHeightPx, width - 2 * layout.paddingPx);
  });
}

/** Width and height of a PNG, read from its header (no decoding). */
export async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const header = new DataView(await blob.slice(0, 24).arrayBuffer());
  return { width: header.getUint32(16), height: header.getUint32(20) };
}
