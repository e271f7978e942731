import { describe, expect, it } from 'vitest';
import { CAPTURE_ATTEMPTS, CAPTURE_INTERVAL_MS, createCapturePacer, isCaptureQuotaError } from './capture-pacer';

const QUOTA_MESSAGE = 'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.';

/**
 * Chrome's side, on a fake clock: tabs.captureVisibleTab refuses a call when two were accepted in
 * the last second, whichever service worker made them, with Chrome's message. (Chromium counts in
 * a bucket of 2 that refills a second after its first call; a sliding window is at least as strict
 * for these sequences.)
 */
function fakeChrome() {
  let clock = 0;
  const accepted: number[] = [];
  const calls: { at: number; ok: boolean }[] = [];
  return {
    now: () => clock,
    sleep: async (ms: number) => {
      clock += ms;
    },
    advance: (ms: number) => {
      clock += ms;
    },
    captureVisibleTab: async () => {
      const recent = accepted.filter((at) => clock - at < 1000);
      const ok = recent.length < 2;
      calls.push({ at: clock, ok });
      if (!ok) throw new Error(QUOTA_MESSAGE);
      accepted.push(clock);
      return `frame@${clock}`;
    },
    calls,
  };
}

describe('captures paced to Chrome’s quota', () => {
  it('spaces the frames of one capture so Chrome never refuses one', async () => {
    const chrome = fakeChrome();
    const paced = createCapturePacer(chrome);
    const frames = [];
    for (let i = 0; i < 6; i++) frames.push(await paced(chrome.captureVisibleTab));
    expect(frames).toHaveLength(6);
    expect(chrome.calls.every((call) => call.ok)).toBe(true);
    expect(chrome.calls.map((call) => call.at)).toEqual([0, 1, 2, 3, 4, 5].map((i) => i * CAPTURE_INTERVAL_MS));
  });

  it('does not wait before the first capture', async () => {
    const chrome = fakeChrome();
    chrome.advance(5);
    await createCapturePacer(chrome)(chrome.captureVisibleTab);
    expect(chrome.calls).toEqual([{ at: 5, ok: true }]);
  });

  it('a new service worker whose first capture falls in the dead one’s second waits and gets its frame', async () => {
    const chrome = fakeChrome();
    const dead = createCapturePacer(chrome);
    await dead(chrome.captureVisibleTab);
    await dead(chrome.captureVisibleTab); // the browser stops this worker right after its second frame
    chrome.advance(40); // the popup's next click starts a new worker with no memory of those frames
    const fresh = createCapturePacer(chrome);
    await expect(fresh(chrome.captureVisibleTab)).resolves.toMatch(/^frame@/);
    expect(chrome.calls.map((call) => call.ok)).toEqual([true, true, false, true]);
    // and it keeps its own pace afterwards
    await fresh(chrome.captureVisibleTab);
    expect(chrome.calls.at(-1)).toEqual({ at: chrome.calls.at(-2)!.at + CAPTURE_INTERVAL_MS, ok: true });
  });

  it('takes two captures asked for at once one after the other, and Chrome refuses neither', async () => {
    const chrome = fakeChrome();
    const paced = createCapturePacer(chrome);
    await paced(chrome.captureVisibleTab);
    await paced(chrome.captureVisibleTab);
    // a full-page capture's next frame and the keyboard shortcut, at the same moment
    const both = await Promise.all([paced(chrome.captureVisibleTab), paced(chrome.captureVisibleTab)]);
    expect(both).toHaveLength(2);
    expect(chrome.calls.every((call) => call.ok)).toBe(true);
  });

  it('passes any other refusal (no permission, tab closed) to the user at once', async () => {
    let calls = 0;
    const paced = createCapturePacer({ now: () => 0, sleep: async () => undefined });
    const refused = async () => {
      calls++;
      throw new Error('Either the \'<all_urls>\' or \'activeTab\' permission is required.');
    };
    await expect(paced(refused)).rejects.toThrow(/activeTab/);
    expect(calls).toBe(1);
  });

  it('gives up with Chrome’s own words when the quota never frees', async () => {
    let calls = 0;
    let clock = 0;
    const paced = createCapturePacer({
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const alwaysOverQuota = async () => {
      calls++;
      throw new Error(QUOTA_MESSAGE);
    };
    await expect(paced(alwaysOverQuota)).rejects.toThrow(QUOTA_MESSAGE);
    expect(calls).toBe(CAPTURE_ATTEMPTS);
  });

  it('gives up in the user’s words when it is told them', async () => {
    const paced = createCapturePacer({ now: () => 0, sleep: async () => undefined, tooFast: (cause) => new Error('Wait a moment and capture again.', { cause }) });
    const alwaysOverQuota = async () => {
      throw new Error(QUOTA_MESSAGE);
    };
    const refusal = await paced(alwaysOverQuota).catch((error: unknown) => error as Error);
    expect(refusal.message).toBe('Wait a moment and capture again.');
    expect((refusal.cause as Error).message).toBe(QUOTA_MESSAGE);
  });

  it('knows the quota error by Chrome’s constant, not by any error', () => {
    expect(isCaptureQuotaError(new Error(QUOTA_MESSAGE))).toBe(true);
    expect(isCaptureQuotaError(new Error('No tab with id: 5.'))).toBe(false);
    expect(isCaptureQuotaError(QUOTA_MESSAGE)).toBe(false);
  });
});
