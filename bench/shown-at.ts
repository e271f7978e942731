import type { Page } from 'playwright-core';

export interface ShownWant {
  selector: string;
  /** At least this many matches (default 1). */
  count?: number;
  /** One of the matches has exactly this text. */
  text?: string;
}

/** When the wanted content appeared (ms since navigation start), or the page's error text instead. */
export type Shown = { ms: number; error?: undefined } | { ms: number; error: string };

/**
 * Opens `url` in `page` and returns the time from navigation start until the DOM first holds
 * `want`, as seen by a MutationObserver installed before the page's own scripts run (before paint:
 * when the content is in the document, which is what the page's code controls). When an element
 * matching `failSelector` appears first (the page's error notice), returns its text as `error`.
 */
export async function timeUntilShown(page: Page, url: string, want: ShownWant, failSelector = '[role="alert"]', timeoutMs = 60_000): Promise<Shown> {
  // A string, not a function: the probe must not depend on how tsx compiles this file.
  await page.addInitScript({
    content: `(() => {
      const want = ${JSON.stringify({ selector: want.selector, count: want.count ?? 1, text: want.text ?? null, fail: failSelector })};
      const check = () => {
        const failed = document.querySelector(want.fail);
        if (failed && failed.textContent) {
          window.claimkitShown = { ms: performance.now(), error: failed.textContent };
          return true;
        }
        const found = document.querySelectorAll(want.selector);
        if (found.length < want.count) return false;
        if (want.text !== null && ![...found].some((el) => el.textContent === want.text)) return false;
        window.claimkitShown = { ms: performance.now() };
        return true;
      };
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    })();`,
  });
  await page.goto(url);
  await page.waitForFunction(() => 'claimkitShown' in window, undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => (window as unknown as { claimkitShown: Shown }).claimkitShown);
}
