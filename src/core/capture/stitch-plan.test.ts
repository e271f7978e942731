import { describe, expect, it } from 'vitest';
import {
  captureMode,
  estimateStitchSeconds,
  MAX_STITCH_SCREENS,
  maxCanvasHeightPx,
  planStitch,
  type StitchInput,
  type StitchPlan,
} from './stitch-plan';

const BASE: StitchInput = { pageHeight: 2000, pageWidth: 1280, viewportHeight: 800, viewportWidth: 1280, devicePixelRatio: 1, maxHeightPx: 32_767 };

/**
 * What a correct plan must do, checked on a model of the page as numbered device rows: a frame
 * taken at scrollY shows rows from round(scrollY × dpr); every output row must come from the
 * frame row showing that same page row, once, with no row missing or repeated.
 */
function expectSound(plan: StitchPlan, input: StitchInput): void {
  const dpr = input.devicePixelRatio;
  const maxScroll = Math.max(0, Math.ceil(input.pageHeight) - Math.floor(input.viewportHeight));
  let next = 0;
  let lastScroll = -1;
  for (const frame of plan.frames) {
    expect(frame.destY).toBe(next);
    expect(frame.crop.height).toBeGreaterThan(0);
    expect(frame.crop.y).toBeGreaterThanOrEqual(0);
    expect(frame.crop.y + frame.crop.height).toBeLessThanOrEqual(plan.frameSizePx.height);
    expect(frame.crop).toMatchObject({ x: 0, width: plan.frameSizePx.width });
    expect(Math.round(frame.scrollY * dpr) + frame.crop.y).toBe(frame.destY);
    expect(frame.scrollY).toBeGreaterThan(lastScroll);
    expect(frame.scrollY).toBeLessThanOrEqual(maxScroll);
    next += frame.crop.height;
    lastScroll = frame.scrollY;
  }
  expect(next).toBe(plan.canvas.height);
  if (plan.capped) {
    expect(plan.canvas.height).toBeLessThanOrEqual(input.maxHeightPx);
    expect(plan.cappedAtPx).toBe(plan.canvas.height);
  } else {
    expect(Math.abs(plan.canvas.height - Math.round(Math.ceil(input.pageHeight) * dpr))).toBeLessThanOrEqual(1);
    expect(plan.cappedAtPx).toBeNull();
  }
}

describe('planStitch', () => {
  it('crops the overlapping last frame instead of duplicating it', () => {
    const plan = planStitch(BASE);
    expect(plan.frames).toEqual([
      { scrollY: 0, destY: 0, crop: { x: 0, y: 0, width: 1280, height: 800 } },
      { scrollY: 800, destY: 800, crop: { x: 0, y: 0, width: 1280, height: 800 } },
      { scrollY: 1200, destY: 1600, crop: { x: 0, y: 400, width: 1280, height: 400 } },
    ]);
    expect(plan.canvas).toEqual({ width: 1280, height: 2000 });
    expect(plan.capped).toBe(false);
    expect(estimateStitchSeconds(plan.frames)).toBe(1.5);
  });

  it('works in device pixels at DPR 2', () => {
    const plan = planStitch({ ...BASE, devicePixelRatio: 2 });
    expect(plan.frames.map((f) => [f.scrollY, f.destY, f.crop.y, f.crop.height])).toEqual([
      [0, 0, 0, 1600],
      [800, 1600, 0, 1600],
      [1200, 3200, 800, 800],
    ]);
    expect(plan.canvas).toEqual({ width: 2560, height: 4000 });
  });

  it('takes one cropped frame for a page shorter than the viewport', () => {
    const plan = planStitch({ ...BASE, pageHeight: 500, devicePixelRatio: 1.25 });
    expect(plan.frames).toEqual([{ scrollY: 0, destY: 0, crop: { x: 0, y: 0, width: 1600, height: 625 } }]);
  });

  it('steps by whole device pixels at a fractional DPR (1.25: multiples of 4 CSS px)', () => {
    const plan = planStitch({ ...BASE, viewportHeight: 803, devicePixelRatio: 1.25 });
    expect(plan.frames.slice(0, -1).map((f) => f.scrollY % 4)).toEqual(plan.frames.slice(0, -1).map(() => 0));
    expect(plan.frames[1]?.scrollY).toBe(800);
  });

  it('is sound for page heights around multiples of the viewport, at DPR 1, 1.1, 1.25, 1.5, 2, 3', () => {
    for (const viewportHeight of [800, 803, 657, 120]) {
      for (const devicePixelRatio of [1, 1.1, 1.25, 1.5, 1.75, 2, 2.625, 3]) {
        for (const screens of [0, 1, 2, 3, 7, 8, 13]) {
          for (const delta of [-1, 0, 1, 0.5]) {
            const pageHeight = Math.max(1, screens * viewportHeight + delta);
            const input = { ...BASE, pageHeight, viewportHeight, devicePixelRatio };
            expectSound(planStitch(input), input);
          }
        }
      }
    }
  });

  it('ends, with every crop in bounds, even for an absurd 1 px viewport', () => {
    const plan = planStitch({ ...BASE, pageHeight: 6, viewportHeight: 1, devicePixelRatio: 1.1 });
    expect(plan.frames.length).toBeGreaterThan(0);
    for (const frame of plan.frames) expect(frame.crop.y + frame.crop.height).toBeLessThanOrEqual(plan.frameSizePx.height);
  });

  it('caps a very long page and says where', () => {
    const input = { ...BASE, pageHeight: 40_000, devicePixelRatio: 2, maxHeightPx: maxCanvasHeightPx(2560) };
    const plan = planStitch(input);
    expect(plan.capped).toBe(true);
    expect(plan.canvas.height).toBe(32_767);
    expect(plan.cappedAtPx).toBe(32_767);
    expectSound(plan, input);
    const small = { ...BASE, pageHeight: 5000, maxHeightPx: 1234, devicePixelRatio: 1.25 };
    const smallPlan = planStitch(small);
    expect(smallPlan.canvas.height).toBeLessThanOrEqual(1234);
    expect(smallPlan.canvas.height).toBeGreaterThanOrEqual(1232);
    expectSound(smallPlan, small);
  });

  it('says when the page is wider than the viewport (only the visible width is captured)', () => {
    expect(planStitch({ ...BASE, pageWidth: 1900 }).horizontalOverflow).toBe(true);
    expect(planStitch(BASE).horizontalOverflow).toBe(false);
  });

  it('refuses measurements that are not positive numbers', () => {
    expect(() => planStitch({ ...BASE, viewportHeight: 0 })).toThrow(RangeError);
    expect(() => planStitch({ ...BASE, pageHeight: Number.NaN })).toThrow(RangeError);
    expect(() => planStitch({ ...BASE, devicePixelRatio: -1 })).toThrow(RangeError);
  });
});

describe('captureMode', () => {
  it(`stitches up to ${MAX_STITCH_SCREENS} screens and renders longer pages`, () => {
    expect(captureMode(800, 800)).toBe('stitch');
    expect(captureMode(8 * 800, 800)).toBe('stitch');
    expect(captureMode(8 * 800 + 1, 800)).toBe('render');
    expect(captureMode(800, 0)).toBe('render');
  });

  it('keeps stitching within the time the capture quota allows', () => {
    const plan = planStitch({ ...BASE, pageHeight: MAX_STITCH_SCREENS * 800 });
    expect(plan.frames).toHaveLength(MAX_STITCH_SCREENS);
    expect(estimateStitchSeconds(plan.frames)).toBe(4);
  });
});

describe('maxCanvasHeightPx', () => {
  it('respects both the side and the area limit', () => {
    expect(maxCanvasHeightPx(2560)).toBe(32_767);
    expect(maxCanvasHeightPx(10_000)).toBe(26_843);
  });
});
