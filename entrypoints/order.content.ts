import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl, orderPageMatchPatterns } from '../src/marketplaces/registry';
import { readPage } from '../src/marketplaces/read-page';
import { listenForReadingRequests, reportReading } from '../src/platform/content-messaging';
import { createPageWatcher } from '../src/services/create-page-watcher';

// Runs only on marketplace order pages (match patterns from the adapters). On any other page
// kind it returns after one URL check: no DOM reads, no observer.
export default defineContentScript({
  matches: orderPageMatchPatterns,
  runAt: 'document_idle',
  main() {
    const url = new URL(location.href);
    const adapter = adapterForUrl(url);
    if (!adapter || adapter.pageKind(url, document) === 'other') return;

    const watcher = createPageWatcher({
      read: () => readPage(adapter, document, new URL(location.href), new Date()),
      send: reportReading,
      observe: (onChange) => {
        const observer = new MutationObserver(onChange);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        return () => observer.disconnect();
      },
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id as number),
      log: (message, error) => console.warn(`[ClaimKit] ${message}`, error),
    });
    listenForReadingRequests(() => watcher.current());
  },
});
