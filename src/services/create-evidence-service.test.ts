import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../core/evidence/hash';
import type { PageMetrics } from '../platform/capture/page-functions';
import { openClaimKitDb } from '../platform/db/open';
import { getEvidenceBlob, listEvidence } from '../platform/db/evidence';
import { createEvidenceService, type CaptureTab, type EvidenceServiceDeps } from './create-evidence-service';

/** A blob whose first 24 bytes are a PNG header of this size (all pngSize reads). */
function fakePng(width: number, height: number): Blob {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return new Blob([bytes], { type: 'image/png' });
}

const TAB: CaptureTab = { id: 5, windowId: 1, url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382', title: 'Order', active: true };
const METRICS: PageMetrics = { scrollHeight: 2500, scrollWidth: 1000, viewportHeight: 1000, viewportWidth: 1000, devicePixelRatio: 1, scrollX: 0, scrollY: 300, title: 'Order', url: TAB.url! };

type Pick = Awaited<ReturnType<EvidenceServiceDeps['pickElement']>>;

function setup(overrides: { snapshotFails?: boolean; captureFailsAt?: number; metrics?: Partial<PageMetrics>; pick?: Pick; block?: boolean } = {}) {
  const calls: string[] = [];
  let frame = 0;
  const capture = {
    visible: vi.fn(async () => {
      frame++;
      calls.push(`capture ${frame}`);
      if (frame === overrides.captureFailsAt) throw new Error('quota');
      return fakePng(1000, 1000);
    }),
    measure: vi.fn(async () => ({ ...METRICS, ...overrides.metrics })),
    scrollTo: vi.fn(async (_tab: number, _x: number, y: number) => {
      calls.push(`scroll ${y}`);
      return Math.min(y, 1500);
    }),
    hideFixed: vi.fn(async () => (calls.push('hide fixed'), 2)),
    restoreFixed: vi.fn(async () => (calls.push('restore fixed'), 2)),
  };
  const compose = vi.fn(async (_frames: readonly unknown[], content: { width: number; height: number }, caption: { layout: { bandHeightPx: number } }) => ({
    blob: new Blob([`png ${content.width}x${content.height}`]),
    width: content.width,
    height: content.height + caption.layout.bandHeightPx,
  }));
  const snapshot = vi.fn(async () => {
    if (overrides.snapshotFails) throw new Error('no snapshot');
    return { blob: new Blob(['MIME-Version: 1.0']), mime: 'multipart/related' };
  });
  let id = 0;
  return {
    calls,
    capture,
    compose,
    snapshot,
    service: async () =>
      createEvidenceService({
        db: await openClaimKitDb(),
        now: () => new Date('2026-11-24T10:05:33Z'),
        timeZone: () => 'Europe/Moscow',
        newId: () => `ev-${++id}`,
        capture,
        snapshot,
        isMarketplacePage: (url) => Boolean(url?.includes('aliexpress')),
        renderPage: async () => fakePng(1000, 9000),
        pickElement: async (_tab: number, preset?: string) => (overrides.pick ? { ...overrides.pick, text: preset ? `preset ${preset}` : overrides.pick.text } : null),
        markOrderBlock: async () => overrides.block ?? false,
        compose,
        orderKeyForTab: async () => 'aliexpress:3052219904417382',
      }),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('evidence service', () => {
  it('stitches a 2.5-screen page: scrolls each screen, hides fixed headers after the first, restores, and burns the caption', async () => {
    const { calls, compose, service } = setup();
    const shot = await (await service()).captureFullPage(TAB);
    expect(calls).toEqual(['restore fixed', 'scroll 0', 'capture 1', 'scroll 1000', 'hide fixed', 'capture 2', 'scroll 1500', 'capture 3', 'restore fixed', 'scroll 300']);
    const [frames, content, caption] = compose.mock.calls[0]!;
    expect(content).toEqual({ width: 1000, height: 2500 });
    // The last screen stops at 1500 (the page's end): only its last 500 rows are new.
    expect((frames as { y: number; crop: { y: number; height: number } }[]).map((f) => [f.y, f.crop.y, f.crop.height])).toEqual([
      [0, 0, 1000],
      [1000, 0, 1000],
      [2000, 500, 500],
    ]);
    expect((caption as unknown as { lines: string[] }).lines[1]).toBe('24 Nov 2026, 13:05:33 UTC+03:00 · ClaimKit');
    expect(shot).toMatchObject({ kind: 'screenshot-full-stitched', width: 1000, orderKey: 'aliexpress:3052219904417382' });
  });

  it('restores the page even when a capture fails midway, and stores nothing', async () => {
    const { calls, service } = setup({ captureFailsAt: 2 });
    const evidence = await service();
    await expect(evidence.captureFullPage(TAB)).rejects.toThrow('quota');
    expect(calls.slice(-2)).toEqual(['restore fixed', 'scroll 300']);
    expect((await evidence.list()).evidence).toEqual([]);
  });

  it('first shows again what an interrupted capture hid (the worker was stopped before it restored the page)', async () => {
    const { calls, capture, service } = setup({ pick: { rect: { x: 0, y: 0, width: 10, height: 10 }, devicePixelRatio: 1, inView: true, text: 'Total' } });
    const evidence = await service();
    await evidence.captureVisible(TAB);
    await evidence.captureElement(TAB);
    await evidence.captureFullPage(TAB);
    // Before each capture's first screen: a screenshot shows the page as it is, header included.
    expect(calls.filter((c) => c === 'restore fixed' || c.startsWith('capture')).slice(0, 4)).toEqual(['restore fixed', 'capture 1', 'restore fixed', 'capture 2']);
    expect(calls.slice(calls.indexOf('capture 2') + 1, calls.indexOf('capture 2') + 3)).toEqual(['restore fixed', 'scroll 0']);
    expect(capture.restoreFixed).toHaveBeenCalledTimes(4); // once before each capture, once after the stitched one
  });

  it('says when a very long page was cut at the largest image a browser can draw', async () => {
    const { service } = setup({ metrics: { scrollHeight: 40_000 } });
    const item = await (await service()).captureFullPage(TAB);
    expect(item.note).toMatch(/^The page is 40000 px tall; this image shows its first 9000 px/);
  });

  it('renders pages longer than 8 screens with html2canvas and says so in the kind', async () => {
    const { capture, service } = setup({ metrics: { scrollHeight: 9000 } });
    expect(await (await service()).captureFullPage(TAB)).toMatchObject({ kind: 'screenshot-full-rendered' });
    expect(capture.visible).not.toHaveBeenCalled();
  });

  it('keeps a page snapshot beside a marketplace screenshot, and the screenshot when the snapshot fails', async () => {
    const ok = setup();
    await (await ok.service()).captureVisible(TAB);
    const kinds = (await listEvidence(await openClaimKitDb())).evidence.map((e) => e.kind).sort();
    expect(kinds).toEqual(['page-snapshot', 'screenshot-visible']);

    globalThis.indexedDB = new IDBFactory();
    const failing = setup({ snapshotFails: true });
    await (await failing.service()).captureVisible(TAB);
    expect((await listEvidence(await openClaimKitDb())).evidence.map((e) => e.kind)).toEqual(['screenshot-visible']);
  });

  it('stores the SHA-256 of exactly the bytes it keeps', async () => {
    const { service } = setup();
    const item = await (await service()).store({ bytes: new Blob(['Color: White']), kind: 'quote', mime: 'text/plain', orderKey: null, text: 'Color: White' });
    const blob = await getEvidenceBlob(await openClaimKitDb(), item.id);
    expect(item.sha256).toBe(await sha256Hex(await blob!.arrayBuffer()));
    expect(item.sha256).toBe(createHash('sha256').update('Color: White').digest('hex'));
  });

  it('refuses to capture a tab that is not the one shown', async () => {
    const { service, capture } = setup();
    await expect((await service()).captureVisible({ ...TAB, active: false })).rejects.toThrow(/not the one shown/);
    expect(capture.visible).not.toHaveBeenCalled();
  });
});

describe('capturing one block', () => {
  const inView: Pick = { rect: { x: 10.5, y: 200, width: 300, height: 40 }, devicePixelRatio: 2, inView: true, text: 'Total US $19.96' };

  it('crops a block wholly on screen from the visible capture, in device pixels (pixel-exact)', async () => {
    const { compose, capture, service } = setup({ pick: inView });
    const item = await (await service()).captureElement(TAB);
    const [frames, content] = compose.mock.calls[0]!;
    expect((frames as { crop: unknown }[])[0]!.crop).toEqual({ x: 21, y: 400, width: 600, height: 80 });
    expect(content).toEqual({ width: 600, height: 80 });
    expect(capture.visible).toHaveBeenCalledOnce();
    expect(item).toMatchObject({ kind: 'screenshot-element', text: 'Total US $19.96', note: expect.stringMatching(/pixel-exact/) });
  });

  it('uses the html2canvas rendering for a block partly off screen, and says it is re-drawn', async () => {
    const { capture, service } = setup({ pick: { ...inView, inView: false, rendered: fakePng(600, 3000) } });
    const item = await (await service()).captureElement(TAB);
    expect(capture.visible).not.toHaveBeenCalled();
    expect(item.note).toMatch(/Re-drawn with html2canvas/);
  });

  it('saves nothing when the user presses Esc, and says so', async () => {
    const { service } = setup({ pick: null });
    const evidence = await service();
    await expect(evidence.captureElement(TAB)).rejects.toThrow(/No block was chosen/);
    expect((await evidence.list()).evidence).toEqual([]);
  });

  it('"Capture the order block" asks the reader for the block and captures it; without one it says what to do', async () => {
    const found = setup({ pick: inView, block: true });
    expect(await (await found.service()).captureOrderBlock(TAB)).toMatchObject({ kind: 'screenshot-element', text: 'preset [data-claimkit-order-block]' });
    const none = setup({ pick: inView, block: false });
    await expect((await none.service()).captureOrderBlock(TAB)).rejects.toThrow(/cannot find the order block.*Capture one block/);
  });
});
