import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { adapterForUrl, isMarketplaceUrl } from '../src/marketplaces/registry';
import { setTabBadge } from '../src/platform/badge';
import { openClaimKitDb } from '../src/platform/db/open';
import { createMessageListener, ownSenderContext, sendToTab } from '../src/platform/messaging';
import { createBackgroundHandlers } from '../src/services/create-background-handlers';
import { createOrderService } from '../src/services/create-order-service';
import { badgeFor, deadlinesFor } from '../src/services/deadlines-for-order';

export default defineBackground(() => {
  const services = openClaimKitDb().then((db) => ({
    orders: createOrderService({
      db,
      now: () => new Date(),
      deadlinesFor,
      badgeFor,
      setBadge: setTabBadge,
      askTab: (tabId) => sendToTab(tabId, 'page/get-reading', {}).catch(() => null),
      marketplaceForUrl: (url) => adapterForUrl(new URL(url))?.id ?? 'generic',
    }),
  }));
  // Registered synchronously, so a message that wakes the service worker is not lost.
  browser.runtime.onMessage.addListener(
    createMessageListener(createBackgroundHandlers(services), ownSenderContext(isMarketplaceUrl)) as never,
  );
});
