import { absoluteUrl, type Page } from '../page-dom';
import { isTemuHost, temuOrderIdFromUrl } from './urls';

/** A Temu link and the order number in its `parent_order_sn`; links off Temu are neither. */
export interface OrderLink {
  href: string;
  orderId: string;
}

// Relative links are Temu's own, also on a page saved to disk and opened from there.
const TEMU = new URL('https://www.temu.com/');

export function orderLinkOf(page: Page, el: Element): OrderLink | undefined {
  const href = absoluteUrl(el.getAttribute('href'), isTemuHost(page.ctx.url.hostname) ? page.ctx.url : TEMU);
  const orderId = href === undefined ? undefined : temuOrderIdFromUrl(new URL(href));
  return href === undefined || orderId === undefined ? undefined : { href, orderId };
}
