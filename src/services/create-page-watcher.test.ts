import { describe, expect, it, vi } from 'vitest';
import { fakeReading } from '../../tests/support/builders';
import type { PageReading } from '../model/messages';
import { createPageWatcher } from './create-page-watcher';

function setup(readings: PageReading[], isAlive?: () => boolean) {
  let i = 0;
  let onChange: () => void = () => undefined;
  const send = vi.fn(async (_reading: PageReading) => ({}));
  const stopObserving = vi.fn();
  vi.useFakeTimers();
  const watcher = createPageWatcher({
    read: () => readings[Math.min(i++, readings.length - 1)]!,
    send,
    observe: (cb) => {
      onChange = cb;
      return stopObserving;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    debounceMs: 400,
    isAlive,
  });
  return { watcher, send, stopObserving, change: () => onChange() };
}

const empty: PageReading = { pageKind: 'order-detail', order: fakeReading({ orderId: undefined, items: [] }) };
const rendered: PageReading = { pageKind: 'order-detail', order: fakeReading() };

describe('page watcher', () => {
  it('reports at once, then re-reads once after a burst of DOM changes (a late-rendering SPA)', () => {
    const { send, change } = setup([empty, rendered]);
    expect(send).toHaveBeenCalledTimes(1);
    for (let k = 0; k < 20; k++) change();
    vi.advanceTimersByTime(399);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].order?.orderId).toBe('8181234567890123');
    vi.useRealTimers();
  });

  it('does not resend a reading that only differs by read time or countdown seconds', () => {
    const later = { pageKind: 'order-detail' as const, order: fakeReading({ readAt: '2026-11-24T10:03:00.000Z', protection: { text: '12 days 03:14:54', readAt: '2026-11-24T10:03:00.000Z' } }) };
    const first = { pageKind: 'order-detail' as const, order: fakeReading({ protection: { text: '12 days 03:14:55', readAt: '2026-11-24T10:02:00.000Z' } }) };
    const { send, change } = setup([first, later]);
    change();
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('a copy left behind by an update of ClaimKit stops watching at the next change, and sends nothing', () => {
    let alive = true;
    const { send, stopObserving, change } = setup([empty, rendered], () => alive);
    expect(send).toHaveBeenCalledTimes(1);
    alive = false; // ClaimKit was updated: this copy has no extension behind it
    change();
    vi.advanceTimersByTime(400);
    expect(send).toHaveBeenCalledTimes(1);
    expect(stopObserving).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('stops observing when stopped', () => {
    const { watcher, stopObserving } = setup([rendered]);
    watcher.stop();
    expect(stopObserving).toHaveBeenCalled();
    vi.useRealTimers();
  });
});
