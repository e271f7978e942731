import { buildCaption, captionLayout } from '../core/evidence/caption';
import { sha256Hex } from '../core/evidence/hash';
import { captureMode, maxCanvasHeightPx, planStitch } from '../core/capture/stitch-plan';
import type { Evidence, EvidenceKind } from '../model/evidence';
import type { PickedElement } from '../model/picked-element';
import { pngSize, type ComposedImage, type FramePlacement } from '../platform/capture/compose-image';
import type { PageMetrics } from '../platform/capture/page-functions';
import type { ClaimKitDatabase } from '../platform/db/open';
import { listEvidence, putEvidence } from '../platform/db/evidence';
import { UserError } from '../i18n/user-error';

export interface CaptureTab {
  id: number;
  windowId: number;
  url?: string;
  title?: string;
  /** Whether it is the tab shown in its window: captureVisibleTab can only see that one. */
  active: boolean;
}

export interface EvidenceServiceDeps {
  db: ClaimKitDatabase;
  now: () => Date;
  timeZone: () => string;
  newId: () => string;
  capture: {
    visible(windowId: number): Promise<Blob>;
    measure(tabId: number): Promise<PageMetrics>;
    scrollTo(tabId: number, x: number, y: number): Promise<number>;
    hideFixed(tabId: number): Promise<number>;
    restoreFixed(tabId: number): Promise<number>;
  };
  /** Lets the user pick one block on the page; null when they cancel. */
  pickElement: (tabId: number, preset?: string) => Promise<(Omit<PickedElement, 'rendered'> & { rendered?: Blob }) | null>;
  /** Asks the tab's reader to mark its order block; false when it finds none. */
  markOrderBlock: (tabId: number) => Promise<boolean>;
  /** The page's content (MHTML in Chrome, serialised HTML in Firefox). */
  snapshot: (tabId: number) => Promise<{ blob: Blob; mime: string }>;
  /** Marketplace pages get a snapshot with every capture (issue #10). */
  isMarketplacePage: (url: string | undefined) => boolean;
  /** Renders the whole page with html2canvas in the tab (for pages too long to stitch); PNG bytes. */
  renderPage: (tabId: number, maxHeightPx: number) => Promise<Blob>;
  compose: (frames: readonly FramePlacement[], content: { width: number; height: number }, caption: CaptionArgs) => Promise<ComposedImage>;
  /** The order shown in a tab (read by the content script, or stored for that URL), if any. */
  orderKeyForTab: (tab: CaptureTab) => Promise<string | null>;
  /** Called after every stored item (the custody log listens here). */
  onStored?: (evidence: Evidence) => Promise<void>;
}

interface CaptionArgs {
  lines: readonly [string, string];
  layout: ReturnType<typeof captionLayout>;
}

export interface NewEvidence {
  bytes: Blob;
  kind: EvidenceKind;
  mime: string;
  orderKey: string | null;
  url?: string;
  sourceUrl?: string;
  pageTitle?: string;
  text?: string;
  fileName?: string;
  width?: number;
  height?: number;
  note?: string;
  capturedAt?: string;
}

/** Evidence: capture it, hash it, store it with what it is, where and when it came from. */
export function createEvidenceService(deps: EvidenceServiceDeps) {
  /** Hashes the exact bytes stored (before the transaction: nothing else is awaited inside it). */
  async function store(item: NewEvidence): Promise<Evidence> {
    const sha256 = await sha256Hex(await item.bytes.arrayBuffer());
    const meta: Evidence = {
      id: deps.newId(),
      orderKey: item.orderKey,
      kind: item.kind,
      mime: item.mime,
      size: item.bytes.size,
      sha256,
      url: item.url,
      sourceUrl: item.sourceUrl,
      pageTitle: item.pageTitle,
      capturedAt: item.capturedAt ?? deps.now().toISOString(),
      width: item.width,
      height: item.height,
      text: item.text,
      fileName: item.fileName,
      note: item.note ?? '',
    };
    await putEvidence(deps.db, meta, item.bytes);
    await deps.onStored?.(meta);
    return meta;
  }

  function captionFor(url: string | undefined, capturedAt: string, widthPx: number, dpr: number, orderId?: string): CaptionArgs {
    const layout = captionLayout(widthPx, dpr);
    const caption = buildCaption({ url, capturedAt, timeZone: deps.timeZone(), orderId, maxUrlChars: layout.maxCharsPerLine });
    return { lines: caption.lines, layout };
  }

  /** Keeps the page itself beside its pixels: "Save this page", and with every marketplace capture. */
  async function saveSnapshot(tab: CaptureTab, orderKey?: string | null): Promise<Evidence> {
    const capturedAt = deps.now().toISOString();
    const key = orderKey === undefined ? await deps.orderKeyForTab(tab) : orderKey;
    const { blob, mime } = await deps.snapshot(tab.id);
    return store({ bytes: blob, kind: 'page-snapshot', mime, orderKey: key, url: tab.url, pageTitle: tab.title, capturedAt });
  }

  /** A screenshot of a marketplace page brings its snapshot along; a failed snapshot never loses the screenshot. */
  async function withSnapshot(shot: Evidence, tab: CaptureTab): Promise<Evidence> {
    if (deps.isMarketplacePage(tab.url)) await saveSnapshot(tab, shot.orderKey).catch((error: unknown) => console.warn('[ClaimKit] page snapshot failed', error));
    return shot;
  }

  /**
   * Shows again the fixed elements a full-page capture hid, when that capture never got to restore
   * them (the browser stopped the service worker part-way): a screenshot must show the page as it
   * is, and the user must get their page back. Elements ClaimKit did not hide are not touched.
   */
  async function undoInterruptedCapture(tab: CaptureTab): Promise<void> {
    await deps.capture.restoreFixed(tab.id).catch(() => 0);
  }

  /** The visible area, pixel-exact, with the caption band below it. */
  async function captureVisible(tab: CaptureTab): Promise<Evidence> {
    assertShown(tab);
    await undoInterruptedCapture(tab);
    const capturedAt = deps.now().toISOString();
    const png = await deps.capture.visible(tab.windowId);
    const bitmapSize = await pngSize(png);
    const orderKey = await deps.orderKeyForTab(tab);
    const dpr = await deps.capture.measure(tab.id).then((m) => m.devicePixelRatio, () => 1);
    const caption = captionFor(tab.url, capturedAt, bitmapSize.width, dpr, orderIdOf(orderKey));
    const image = await deps.compose([{ png, x: 0, y: 0 }], bitmapSize, caption);
    const shot = await store({ bytes: image.blob, kind: 'screenshot-visible', mime: 'image/png', orderKey, url: tab.url, pageTitle: tab.title, width: image.width, height: image.height, capturedAt });
    return withSnapshot(shot, tab);
  }

  /**
   * The whole page. Short pages are stitched from visible captures (pixel-exact; fixed headers are
   * hidden after the first screen, scroll position restored); pages longer than MAX_STITCH_SCREENS
   * are rendered with html2canvas, a re-drawing that may differ from the page: the kind says which.
   */
  async function captureFullPage(tab: CaptureTab): Promise<Evidence> {
    assertShown(tab);
    await undoInterruptedCapture(tab);
    const capturedAt = deps.now().toISOString();
    const orderKey = await deps.orderKeyForTab(tab);
    const m = await deps.capture.measure(tab.id);
    const widthPx = Math.round(m.viewportWidth * m.devicePixelRatio);
    const caption = captionFor(tab.url, capturedAt, widthPx, m.devicePixelRatio, orderIdOf(orderKey));
    const maxHeightPx = maxCanvasHeightPx(widthPx) - caption.layout.bandHeightPx;
    if (captureMode(m.scrollHeight, m.viewportHeight) === 'render') {
      const png = await deps.renderPage(tab.id, maxHeightPx);
      const size = await pngSize(png);
      const image = await deps.compose([{ png, x: 0, y: 0 }], size, caption);
      const note = cappedNote(Math.round(m.scrollHeight * m.devicePixelRatio), size.height, maxHeightPx);
      const shot = await store({ bytes: image.blob, kind: 'screenshot-full-rendered', mime: 'image/png', orderKey, url: tab.url, pageTitle: tab.title, width: image.width, height: image.height, capturedAt, note });
      return withSnapshot(shot, tab);
    }
    const plan = planStitch({
      pageHeight: m.scrollHeight,
      pageWidth: m.scrollWidth,
      viewportHeight: m.viewportHeight,
      viewportWidth: m.viewportWidth,
      devicePixelRatio: m.devicePixelRatio,
      maxHeightPx,
    });
    const frames: FramePlacement[] = [];
    try {
      for (const [i, frame] of plan.frames.entries()) {
        const actualY = await deps.capture.scrollTo(tab.id, 0, frame.scrollY);
        if (i === 1) await deps.capture.hideFixed(tab.id);
        const png = await deps.capture.visible(tab.windowId);
        // Where the page really scrolled decides which rows of this frame are new.
        const srcY = frame.destY - Math.round(actualY * m.devicePixelRatio);
        frames.push({ png, x: 0, y: frame.destY, crop: { ...frame.crop, y: srcY } });
      }
    } finally {
      await deps.capture.restoreFixed(tab.id).catch(() => 0);
      await deps.capture.scrollTo(tab.id, m.scrollX, m.scrollY).catch(() => 0);
    }
    const image = await deps.compose(frames, plan.canvas, caption);
    const note = plan.capped ? cappedNote(Math.round(m.scrollHeight * m.devicePixelRatio), plan.canvas.height, maxHeightPx) : '';
    const shot = await store({ bytes: image.blob, kind: 'screenshot-full-stitched', mime: 'image/png', orderKey, url: tab.url, pageTitle: tab.title, width: image.width, height: image.height, capturedAt, note });
    return withSnapshot(shot, tab);
  }

  /**
   * One block the user picks on the page: cropped from a visible capture when it is wholly on
   * screen (pixel-exact), else re-drawn with html2canvas; the note says which.
   */
  async function captureElement(tab: CaptureTab, preset?: string): Promise<Evidence> {
    assertShown(tab);
    await undoInterruptedCapture(tab);
    const pick = await deps.pickElement(tab.id, preset);
    if (!pick) throw new UserError(preset ? 'orderBlockGone' : 'noBlockChosen');
    const capturedAt = deps.now().toISOString();
    const orderKey = await deps.orderKeyForTab(tab);
    const dpr = pick.devicePixelRatio;
    let frame: FramePlacement;
    let content: { width: number; height: number };
    let note: string;
    if (pick.inView || !pick.rendered) {
      const png = await deps.capture.visible(tab.windowId);
      const crop = { x: Math.round(pick.rect.x * dpr), y: Math.round(pick.rect.y * dpr), width: Math.round(pick.rect.width * dpr), height: Math.round(pick.rect.height * dpr) };
      frame = { png, x: 0, y: 0, crop };
      content = { width: crop.width, height: crop.height };
      note = 'Cropped from the page as shown (pixel-exact).';
    } else {
      frame = { png: pick.rendered, x: 0, y: 0 };
      content = await pngSize(pick.rendered);
      note = 'Re-drawn with html2canvas (the block was not wholly on screen); it may differ from the page.';
    }
    const caption = captionFor(tab.url, capturedAt, Math.max(content.width, 320), dpr, orderIdOf(orderKey));
    const image = await deps.compose([frame], content, caption);
    const shot = await store({ bytes: image.blob, kind: 'screenshot-element', mime: 'image/png', orderKey, url: tab.url, pageTitle: tab.title, width: image.width, height: image.height, text: pick.text || undefined, note, capturedAt });
    return withSnapshot(shot, tab);
  }

  /** The block the page's reader says holds the order (products and total), as "one block". */
  async function captureOrderBlock(tab: CaptureTab): Promise<Evidence> {
    assertShown(tab);
    if (!(await deps.markOrderBlock(tab.id))) throw new UserError('orderBlockNotFound');
    return captureElement(tab, '[data-claimkit-order-block]');
  }

  return { store, captureVisible, captureFullPage, captureElement, captureOrderBlock, saveSnapshot, captionFor, list: (orderKey?: string) => listEvidence(deps.db, orderKey ? { orderKey } : {}) };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;

/** Very long pages are cut at the largest image a browser can draw: the evidence says so. */
function cappedNote(pageHeightPx: number, imageHeightPx: number, maxHeightPx: number): string {
  if (pageHeightPx <= maxHeightPx) return '';
  return `The page is ${pageHeightPx} px tall; this image shows its first ${imageHeightPx} px (the most a browser can draw in one image).`;
}

/** A screenshot of another tab than the one meant would be false evidence: refuse it. */
function assertShown(tab: CaptureTab): void {
  if (!tab.active) throw new UserError('notShownTab');
}

function orderIdOf(orderKey: string | null): string | undefined {
  return orderKey?.slice(orderKey.indexOf(':') + 1) || undefined;
}
