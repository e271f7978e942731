import { hrefOf, pickAll, type Page } from './dom';
import type { Facts } from './reading';
import { RU_LIST as S } from './selectors';
import { aliexpressOrderIdFromUrl } from './urls';

/**
 * Layout B order list. No fixture shows one (fixtures README: only S14's card link class is known), so
 * only what the link itself proves is read: the order number in its /order-list/<id> path and the link.
 * Everything else is reported missing rather than read from unverified markup.
 */
export function readRuList(page: Page): Facts[] {
  return pickAll(page.doc, S.cardLink).flatMap((link) => {
    const url = hrefOf(page, link);
    const orderId = url === undefined ? undefined : aliexpressOrderIdFromUrl(new URL(url));
    return orderId === undefined ? [] : [{ orderId, url }];
  });
}
