import { defineContentScript } from 'wxt/utils/define-content-script';
import { markOrderBlock } from '../src/marketplaces/mark-order-block';
import { readPage } from '../src/marketplaces/read-page';
import { registeredReader } from '../src/marketplaces/reader-registry';
import { orderPageMatchPatterns, siteForUrl } from '../src/marketplaces/sites';
import { listenForReadingRequests, reportReading } from '../src/platform/content-messaging';
import { extensionIsAlive } from '../src/platform/native-runtime';
import { createPageWatcher } from '../src/services/create-page-watcher';

// Runs only on marketplace order pages (match patterns from src/marketplaces/sites.ts). It stays
// small: on a page that is not an order page it returns after one URL check; on an order page the
// browser has injected that marketplace's reader bundle just before it
// (src/manifest/reader-content-scripts.ts), so it reads at once, and re-reads when the page changes.
// The e2e build leaves performance marks (claimkit:*) for bench/content-script.ts and the e2e
// tests; the production build drops them (the MODE check is replaced at build time).
export default defineContentScript({
  matches: orderPageMatchPatterns,
  runAt: 'document_idle',
  // main takes no context: content-script builds replace WXT's ContentScriptContext with a silent
  // stand-in (src/platform/quiet-content-script-context.ts), because WXT's announces every start to
  // the page with ClaimKit's id (tests/e2e/non-order-pages.e2e.ts checks the page hears nothing).
  main() {
    // Once per extension instance and page: the background may start this script on an order page
    // the browser did not (src/services/ask-tab-reading.ts) just as the browser's own injection
    // comes. The flag lives in the content scripts' own world, which the page cannot see; a copy
    // left behind by an update of ClaimKit has a world of its own and does not block a new one.
    const world = globalThis as { claimkitOrderScript?: true };
    if (world.claimkitOrderScript) return;
    world.claimkitOrderScript = true;
    if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:start');
    const site = siteForUrl(new URL(location.href));
    if (!site || site.pageKindFromUrl(new URL(location.href)) === 'other') {
      if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:not-an-order-page');
      return;
    }
    const adapter = registeredReader(site.id);
    // Only if a URL the page-kind rules call an order page escaped the reader's match patterns
    // (tests/reader-match-patterns.test.ts keeps them in step).
    if (!adapter) throw new Error(`ClaimKit: no ${site.id} reader on this page`);

    const watcher = createPageWatcher({
      read: () => {
        const reading = readPage(adapter, document, new URL(location.href), new Date());
        if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:read');
        return reading;
      },
      send: reportReading,
      observe: (onChange) => {
        const observer = new MutationObserver(onChange);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:observing');
        return () => observer.disconnect();
      },
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id as number),
      log: (message, error) => console.warn(`[ClaimKit] ${message}`, error),
      isAlive: extensionIsAlive,
    });
    listenForReadingRequests(() => watcher.current(), undefined, () => markOrderBlock(adapter, document));
  },
});
