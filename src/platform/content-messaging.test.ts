import { describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../model/messages';
import { listenForReadingRequests } from './content-messaging';
import type { NativeMessageListener, NativeRuntime } from './native-runtime';

function fakeRuntime() {
  let listener: NativeMessageListener | undefined;
  const runtime: NativeRuntime = {
    id: 'ours',
    getURL: (path) => `chrome-extension://ours${path}`,
    sendMessage: vi.fn(async () => ({})),
    onMessage: { addListener: (l) => (listener = l), removeListener: () => (listener = undefined) },
  };
  const deliver = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const sendResponse = vi.fn();
    listener?.(message, sender, sendResponse);
    return sendResponse;
  };
  return { runtime, deliver };
}

const reading: PageReading = { pageKind: 'order-detail' };

describe('content script message listener', () => {
  it('answers our background with the current reading', () => {
    const { runtime, deliver } = fakeRuntime();
    listenForReadingRequests(() => reading, runtime);
    expect(deliver({ type: 'page/get-reading', data: {} }, { id: 'ours' })).toHaveBeenCalledWith({ ok: true, data: reading });
  });

  it('refuses the same request from a tab or another extension, and ignores other messages', () => {
    const { runtime, deliver } = fakeRuntime();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listenForReadingRequests(() => reading, runtime);
    expect(deliver({ type: 'page/get-reading' }, { id: 'ours', tab: { id: 1 } })).toHaveBeenCalledWith({ ok: false, error: expect.stringMatching(/refused/) });
    expect(deliver({ type: 'page/get-reading' }, { id: 'evil' })).toHaveBeenCalledWith({ ok: false, error: expect.stringMatching(/refused/) });
    expect(deliver('junk', { id: 'ours' })).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('marks the order block for our background only', () => {
    const { runtime, deliver } = fakeRuntime();
    const mark = vi.fn(() => true);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listenForReadingRequests(() => reading, runtime, mark);
    expect(deliver({ type: 'page/mark-order-block', data: {} }, { id: 'ours' })).toHaveBeenCalledWith({ ok: true, data: { found: true } });
    expect(deliver({ type: 'page/mark-order-block', data: {} }, { id: 'ours', tab: { id: 2 } })).toHaveBeenCalledWith({ ok: false, error: expect.stringMatching(/refused/) });
    expect(mark).toHaveBeenCalledOnce();
  });
});
