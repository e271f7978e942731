import { useCallback, useEffect, useState } from 'react';
import { lowSpaceWarning } from '../../core/evidence/low-space';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence, EvidenceKind } from '../../model/evidence';
import { MARKETPLACE_IMAGE_HOSTS, type MarketplaceId } from '../../model/marketplace';
import { requestImageHosts } from '../../platform/permissions';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

const KIND_LABEL: Record<EvidenceKind, string> = {
  'screenshot-visible': 'Screenshot (visible area, pixel-exact)',
  'screenshot-full-stitched': 'Screenshot (full page, pixel-exact)',
  'screenshot-full-rendered': 'Screenshot (full page, re-drawn)',
  'screenshot-element': 'Screenshot (one block)',
  image: 'Image',
  quote: 'Quote',
  link: 'Link',
  file: 'Your file',
  'page-snapshot': 'Page snapshot',
};

type CaptureMode = 'visible' | 'full' | 'element' | 'order-block' | 'snapshot';

const TYPICAL_CAPTURE_BYTES = 5 * 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Capture buttons and the evidence kept for this order, newest first. */
export function EvidenceSection({ tabId, orderKey, marketplace, timeZone }: { tabId: number | null; orderKey: string; marketplace: MarketplaceId; timeZone: string }) {
  const { locale } = useMessages();
  const [items, setItems] = useState<Evidence[]>([]);
  const [busy, setBusy] = useState<CaptureMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [lowSpace, setLowSpace] = useState<string | null>(null);

  // Warn before capturing when storage is nearly full (a full-page PNG can take several MB).
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) => setLowSpace(lowSpaceWarning(usage, quota, TYPICAL_CAPTURE_BYTES)?.message ?? null))
      .catch(() => undefined);
  }, []);

  const load = useCallback(async () => {
    setItems((await sendMessage('evidence/list', { orderKey })).evidence);
  }, [orderKey]);
  useEffect(() => {
    void load().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  async function capture(mode: CaptureMode) {
    if (tabId === null) return;
    // Captures that may be re-drawn need the marketplace's image servers: asked for here, in the click.
    if (mode === 'full' || mode === 'element' || mode === 'order-block') await requestImageHosts(MARKETPLACE_IMAGE_HOSTS[marketplace] ?? []);
    setBusy(mode);
    setError(null);
    setDone(null);
    try {
      const { evidence } = await sendMessage('evidence/capture', { tabId, mode });
      const size = evidence.width ? `, ${evidence.width}×${evidence.height ?? '?'} px` : '';
      // The note says when an image was re-drawn or cut short: the user must know what they have.
      setDone(`Saved: ${KIND_LABEL[evidence.kind]}${size}${evidence.note ? `. ${evidence.note}` : ''}`);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({items.length})</h2>
      {lowSpace && (
        <p role="note" className="notice notice--warn">
          {lowSpace}
        </p>
      )}
      <div className="row">
        <button type="button" className="button" disabled={busy !== null || tabId === null} onClick={() => void capture('visible')}>
          {busy === 'visible' ? 'Capturing…' : 'Capture visible area'}
        </button>
        <button type="button" className="button" disabled={busy !== null || tabId === null} onClick={() => void capture('full')}>
          {busy === 'full' ? 'Capturing the whole page…' : 'Capture full page'}
        </button>
        <button type="button" className="button" disabled={busy !== null || tabId === null} onClick={() => void capture('order-block')}>
          {busy === 'order-block' ? 'Capturing the order…' : 'Capture the order block'}
        </button>
        <button type="button" className="button" disabled={busy !== null || tabId === null} onClick={() => void capture('element')}>
          {busy === 'element' ? 'Click the block on the page…' : 'Capture one block'}
        </button>
        <button type="button" className="button" disabled={busy !== null || tabId === null} onClick={() => void capture('snapshot')}>
          {busy === 'snapshot' ? 'Saving the page…' : 'Save this page'}
        </button>
      </div>
      {done && <p role="status">{done}</p>}
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">No evidence yet. Capture the order page now: it shows what you bought and what you paid.</p>
      ) : (
        <ul className="items" aria-label="Evidence items">
          {items.map((item) => (
            <li key={item.id} className="item" data-testid="evidence-item">
              <span className="item-title">{KIND_LABEL[item.kind]}</span>
              <span className="muted">
                {' '}
                · {formatInstant(item.capturedAt, locale, timeZone)} · {sizeText(item.size)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
