/** Chrome allows 2 tabs.captureVisibleTab calls per second per extension; more fail with a quota error. */
export const MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND = 2;

/**
 * Pages up to this many screens are stitched (pixel-exact); longer ones are rendered with
 * html2canvas. At 2 captures a second, 8 screens take 4 s — about as long as people wait for a
 * click to finish before they scroll or close the tab and spoil the capture.
 */
export const MAX_STITCH_SCREENS = 8;

/**
 * Largest canvas both Chrome and Firefox draw: 32,767 px on a side, and Chrome's 268,435,456 px
 * area (16,384²). A bigger canvas silently comes out blank, so the platform caps before that.
 */
export const MAX_CANVAS_SIDE_PX = 32_767;
export const MAX_CANVAS_AREA_PX = 268_435_456;

export interface StitchInput {
  /** CSS pixels (document scrollHeight/scrollWidth, viewport innerHeight/innerWidth). */
  pageHeight: number;
  pageWidth: number;
  viewportHeight: number;
  viewportWidth: number;
  devicePixelRatio: number;
  /** Cap on the output height, in device pixels (see maxCanvasHeightPx). */
  maxHeightPx: number;
}

export interface StitchFrame {
  /** Where to scroll (CSS px) before capturing this frame. */
  scrollY: number;
  /** The part of the captured frame to keep, in device pixels of the frame image. */
  crop: { x: number; y: number; width: number; height: number };
  /** Where that part goes on the output canvas (device px from the top). */
  destY: number;
}

export interface StitchPlan {
  frames: StitchFrame[];
  canvas: { width: number; height: number };
  /** Size every frame image is expected to have: the viewport in device pixels. */
  frameSizePx: { width: number; height: number };
  /** True when the page was taller than the cap; the image then ends at `cappedAtPx`. */
  capped: boolean;
  cappedAtPx: number | null;
  /** The page is wider than the viewport: only the visible width is captured. */
  horizontalOverflow: boolean;
}

/** The tallest canvas of this width that browsers will draw. */
export function maxCanvasHeightPx(widthPx: number): number {
  return Math.min(MAX_CANVAS_SIDE_PX, Math.floor(MAX_CANVAS_AREA_PX / Math.max(1, widthPx)));
}

export function captureMode(pageHeight: number, viewportHeight: number): 'stitch' | 'render' {
  if (!(viewportHeight > 0)) return 'render';
  return Math.ceil(pageHeight / viewportHeight) <= MAX_STITCH_SCREENS ? 'stitch' : 'render';
}

export function estimateStitchSeconds(frames: readonly StitchFrame[]): number {
  return frames.length / MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND;
}

/**
 * Frames for a full-page capture by scrolling and stitching. Frames follow each other without
 * gap or overlap on the canvas; the last one, taken at the furthest scroll the page allows,
 * usually repeats part of the one before, and its crop keeps only the new rows.
 * With a fractional devicePixelRatio, scroll positions are chosen so every frame but the last
 * starts on a whole device pixel (1.25 → multiples of 4 CSS px), so no row is duplicated or lost.
 * Throws a RangeError for a non-positive or non-finite measurement.
 */
export function planStitch(input: StitchInput): StitchPlan {
  for (const [name, value] of Object.entries(input)) {
    if (!(typeof value === 'number' && Number.isFinite(value) && value > 0)) throw new RangeError(`planStitch: ${name} must be a positive number, got ${String(value)}`);
  }
  const dpr = input.devicePixelRatio;
  const pageHeight = Math.ceil(input.pageHeight);
  const viewportHeight = Math.max(1, Math.floor(input.viewportHeight));
  const frame = { width: Math.round(input.viewportWidth * dpr), height: Math.round(viewportHeight * dpr) };
  const cap = Math.floor(input.maxHeightPx);
  const fullHeightPx = Math.round(pageHeight * dpr);
  const capped = fullHeightPx > cap;
  const targetPx = Math.min(fullHeightPx, cap);
  const maxScroll = Math.max(0, pageHeight - viewportHeight);
  const quantum = dprDenominator(dpr);
  // A frame taken at scrollY shows device rows from round(scrollY × dpr): the model every crop follows.
  const topRow = (scrollY: number): number => Math.round(scrollY * dpr);

  const frames: StitchFrame[] = [];
  let dest = 0;
  while (dest < targetPx) {
    // The furthest scroll that still shows row `dest`, preferably on a whole device pixel.
    let scrollY = Math.min(maxScroll, Math.ceil(dest / dpr) + 1);
    while (scrollY > 0 && topRow(scrollY) > dest) scrollY--;
    const aligned = Math.floor(scrollY / quantum) * quantum;
    if (scrollY < maxScroll && dest - topRow(aligned) < frame.height) scrollY = aligned;
    const srcY = dest - topRow(scrollY);
    const height = Math.min(targetPx - dest, frame.height - srcY);
    if (height <= 0) break; // the page's last row, ±1 of rounding, is past the furthest frame
    const previous = frames.at(-1);
    // At the bottom the page may not scroll any further: the rows are in the frame already taken,
    // so its crop grows rather than spending another capture (the quota is 2 a second).
    if (previous?.scrollY === scrollY) previous.crop.height += height;
    else frames.push({ scrollY, crop: { x: 0, y: srcY, width: frame.width, height }, destY: dest });
    dest += height;
  }
  return {
    frames,
    canvas: { width: frame.width, height: dest },
    frameSizePx: frame,
    capped,
    cappedAtPx: capped ? dest : null,
    horizontalOverflow: input.pageWidth > input.viewportWidth,
  };
}

/** q of the ratio p/q nearest to dpr with q ≤ 64 (1.25 → 4, 1.5 → 2, 2 → 1, 1.1 → 10). */
function dprDenominator(dpr: number): number {
  for (let q = 1; q <= 64; q++) {
    if (Math.abs(dpr * q - Math.round(dpr * q)) < 1e-6) return q;
  }
  return 1;
}
