import { useCallback, useEffect, useState } from 'react';
import { lowSpaceWarning } from '../../core/evidence/low-space';
import { formatInstant } from '../../core/format/format-date';
import type { Evidence } from '../../model/evidence';
import { MARKETPLACE_IMAGE_HOSTS, type MarketplaceId } from '../../model/marketplace';
import { requestImageHosts } from '../../platform/permissions';
import { sendMessage } from '../../platform/messaging';
import type { TextKey } from '../../i18n/en';
import { useMessages } from '../i18n/use-messages';
import { byteSize } from './byte-size';
import './popup.css';

type CaptureMode = 'visible' | 'full' | 'element' | 'order-block' | 'snapshot';

/** Each capture button's words, idle and while it runs, in the order the buttons are shown. */
const CAPTURE_BUTTONS = [
  { mode: 'visible', idle: 'popupCaptureVisible', busy: 'popupCapturingVisible' },
  { mode: 'full', idle: 'popupCaptureFull', busy: 'popupCapturingFull' },
  { mode: 'order-block', idle: 'popupCaptureOrderBlock', busy: 'popupCapturingOrderBlock' },
  { mode: 'element', idle: 'popupCaptureElement', busy: 'popupCapturingElement' },
  { mode: 'snapshot', idle: 'popupCaptureSnapshot', busy: 'popupCapturingSnapshot' },
] as const satisfies readonly { mode: CaptureMode; idle: TextKey; busy: TextKey }[];

const TYPICAL_CAPTURE_BYTES = 5 * 1024 * 1024;

/** Capture buttons and the evidence kept for this order, newest first. */
export function EvidenceSection({ tabId, orderKey, marketplace, timeZone }: { tabId: number | null; orderKey: string; marketplace: MarketplaceId; timeZone: string }) {
  const translator = useMessages();
  const { t, locale } = translator;
  const [items, setItems] = useState<Evidence[]>([]);
  const [busy, setBusy] = useState<CaptureMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [lowSpace, setLowSpace] = useState<{ left: number; quota: number } | null>(null);

  // Warn before capturing when storage is nearly full (a full-page PNG can take several MB).
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then(({ usage = 0, quota = 0 }) => {
        const low = lowSpaceWarning(usage, quota, TYPICAL_CAPTURE_BYTES);
        setLowSpace(low && { left: low.left, quota: low.quota });
      })
      .catch(() => undefined);
  }, []);

  const load = useCallback(async () => {
    setItems((await sendMessage('evidence/list', { orderKey })).evidence);
  }, [orderKey]);
  useEffect(() => {
    void load().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  async function capture(mode: CaptureMode) {
    if (tabId === null || busy !== null) return;
    // Captures that may be re-drawn need the marketplace's image servers: asked for here, in the click.
    if (mode === 'full' || mode === 'element' || mode === 'order-block') await requestImageHosts(MARKETPLACE_IMAGE_HOSTS[marketplace] ?? []);
    setBusy(mode);
    setError(null);
    setDone(null);
    try {
      const { evidence } = await sendMessage('evidence/capture', { tabId, mode });
      const kind = t(`popupKind_${evidence.kind}`);
      const saved = evidence.width
        ? t('popupEvidenceSavedSize', { kind, width: String(evidence.width), height: evidence.height === undefined ? '?' : String(evidence.height) })
        : t('popupEvidenceSaved', { kind });
      // The note says when an image was re-drawn or cut short: the user must know what they have.
      setDone(evidence.note ? `${saved}. ${evidence.note}` : saved);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('popupEvidenceHeading', { count: items.length })}</h2>
      {lowSpace && (
        <p role="note" className="notice notice--warn">
          {t('popupEvidenceLowSpace', {
            adding: byteSize(TYPICAL_CAPTURE_BYTES, translator),
            left: byteSize(Math.max(0, lowSpace.left), translator),
            quota: byteSize(lowSpace.quota, translator),
          })}
        </p>
      )}
      <div className="row evidence-actions">
        {CAPTURE_BUTTONS.map(({ mode, idle, busy: busyKey }) => (
          <button
            key={mode}
            type="button"
            className="button"
            disabled={tabId === null}
            aria-disabled={busy !== null || undefined}
            onClick={() => void capture(mode)}
          >
            {busy === mode ? t(busyKey) : t(idle)}
          </button>
        ))}
      </div>
      {done && <p role="status">{done}</p>}
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t('popupEvidenceEmpty')}</p>
      ) : (
        <ul className="items" aria-label={t('popupEvidenceItems')}>
          {items.map((item) => (
            <li key={item.id} className="item" data-testid="evidence-item">
              <span className="item-title">{t(`popupKind_${item.kind}`)}</span>
              <span className="muted">
                {' '}
                · {formatInstant(item.capturedAt, locale, timeZone)} · {byteSize(item.size, translator)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
