import { MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND } from './stitch-plan';

/** The spacing kept between two captures: Chrome's quota window, and a margin for its clock. */
export const CAPTURE_INTERVAL_MS = 1000 / MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND + 20;

/** How many times one capture is tried when Chrome answers with its quota error. */
export const CAPTURE_ATTEMPTS = 4;

/** Chrome's answer to a third capture within a second (extensions/browser/api/tabs, all channels). */
export function isCaptureQuotaError(error: unknown): boolean {
  return error instanceof Error && error.message.includes('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND');
}

export interface CapturePacerDeps {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** What the user is told when Chrome refuses every attempt (its own words name a C++ constant). */
  tooFast?: (quotaError: unknown) => Error;
}

/**
 * Runs captures spaced to Chrome's quota (one pacer per service worker: the quota is the
 * extension's, whatever the window), and waits and tries again when Chrome still refuses one.
 *
 * The spacing alone is not enough: it remembers only this service worker's captures. When the
 * browser stops the worker part-way through a stitched capture, the next worker starts with no
 * memory of the last capture and its first one can fall inside the same second. Chrome's quota
 * error is the truth; a capture it refuses is retried after the interval, and only other errors
 * (no permission, the tab is gone) reach the user at once.
 */
export function createCapturePacer(deps: CapturePacerDeps): <T>(capture: () => Promise<T>) => Promise<T> {
  let lastAt = Number.NEGATIVE_INFINITY;
  // One capture at a time: two callers at once (a full-page capture and the shortcut) would read
  // the same lastAt, fire together, and one would be refused.
  let queue: Promise<unknown> = Promise.resolve();

  async function attempt<T>(capture: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      const wait = lastAt + CAPTURE_INTERVAL_MS - deps.now();
      if (wait > 0) await deps.sleep(wait);
      lastAt = deps.now();
      try {
        return await capture();
      } catch (error) {
        if (!isCaptureQuotaError(error)) throw error;
        if (tries >= CAPTURE_ATTEMPTS) throw deps.tooFast ? deps.tooFast(error) : error;
      }
    }
  }

  return function paced<T>(capture: () => Promise<T>): Promise<T> {
    const run = queue.then(() => attempt(capture));
    queue = run.catch(() => undefined);
    return run;
  };
}
