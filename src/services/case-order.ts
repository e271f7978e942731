import { marketplaceIdSchema } from '../model/marketplace';
import type { Order } from '../model/order';
import { UNASSIGNED_CASE } from '../platform/db/custody';

/**
 * The order record written into an export when a case has no stored order: the unassigned case,
 * or evidence whose order is no longer stored. A case export needs an order.json; this one says
 * plainly that nothing is known (every fact listed as missing, typed "by hand", untracked), and an
 * import recognises UNASSIGNED_CASE and never stores it as an order.
 */
export function placeholderOrder(caseKey: string, now: Date): Order {
  const prefix = caseKey.slice(0, caseKey.indexOf(':'));
  const marketplace = marketplaceIdSchema.safeParse(prefix);
  return {
    marketplace: marketplace.success ? marketplace.data : 'generic',
    orderId: caseKey === UNASSIGNED_CASE ? 'not assigned to an order' : caseKey.slice(caseKey.indexOf(':') + 1) || caseKey,
    key: caseKey,
    // No page is known; about:blank is a valid URL that points nowhere.
    url: 'about:blank',
    items: [],
    dates: {},
    tracking: [],
    readAt: now.toISOString(),
    missing: ['orderId', 'items', 'total', 'seller', 'status', 'orderDate', 'tracking', 'protection'],
    source: 'manual',
    tracked: false,
    updatedAt: now.toISOString(),
  };
}
