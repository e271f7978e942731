import type { PageKind } from '../../model/marketplace';

/**
 * eBay order pages (tests/fixtures/ebay/README.md): purchase history at /mye/myebay/purchase
 * (year filters as `?filter=…`) and order details at /vod/FetchOrderDetails?orderId=…, on each site
 * ClaimKit serves. Only those two paths: the newer order.ebay.com/ord/show page has no public source
 * (README "Not confirmed"), so it is left out rather than guessed.
 */
const TLDS = ['com', 'co.uk', 'de'] as const;

export const EBAY_MATCH_PATTERNS: readonly string[] = TLDS.flatMap((tld) => [
  `*://*.ebay.${tld}/mye/myebay/purchase*`,
  `*://*.ebay.${tld}/vod/FetchOrderDetails*`,
]);

/** Both patterns are order pages already: the reader is injected wherever the content script runs. */
export const EBAY_READER_MATCH_PATTERNS = EBAY_MATCH_PATTERNS;

const HOST = /(^|\.)ebay\.(com|co\.uk|de)$/;

export function isEbayHost(hostname: string): boolean {
  return HOST.test(hostname);
}

export function ebayPageKindFromUrl(url: URL): PageKind {
  if (!isEbayHost(url.hostname)) return 'other';
  if (/^\/vod\/FetchOrderDetails(?:$|[/?#])/.test(url.pathname)) return 'order-detail';
  if (/^\/mye\/myebay\/purchase(?:$|[/?#])/.test(url.pathname)) return 'order-list';
  return 'other';
}

/**
 * An eBay order number as the site prints it: "12-12345-67890" (fixtures), or the older
 * "<item id>-<transaction id>" pair. Plain digit runs are refused: on a page they are item numbers,
 * tracking numbers or another marketplace's ids.
 */
export function ebayOrderIdFrom(text: string | undefined): string | undefined {
  const t = text?.trim() ?? '';
  return /^\d{2}-\d{5}-\d{5}$/.test(t) || /^\d{9,14}-\d{9,16}$/.test(t) ? t : undefined;
}

/** The order number in a link's or the page's `orderId` query parameter. */
export function ebayOrderIdFromHref(href: string | URL | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = typeof href === 'string' ? new URL(href) : href;
    return ebayOrderIdFrom(url.searchParams.get('orderId') ?? undefined);
  } catch {
    return undefined;
  }
}
