import type { PageKind } from '../../model/marketplace';

/**
 * The Amazon sites ClaimKit reads, with the currency a bare "$" means there (amazon.ca and
 * amazon.com.au print "$" for their own dollar). Every one serves the same order pages
 * (tests/fixtures/amazon/README.md) in its own language; the readers know en, de, fr, es and it.
 */
export const AMAZON_SITES = {
  'amazon.com': 'USD',
  'amazon.co.uk': 'GBP',
  'amazon.ca': 'CAD',
  'amazon.com.au': 'AUD',
  'amazon.de': 'EUR',
  'amazon.fr': 'EUR',
  'amazon.es': 'EUR',
  'amazon.it': 'EUR',
} as const;

type AmazonSite = keyof typeof AMAZON_SITES;

/**
 * Order pages only (fixtures README): details at /your-orders/order-details?orderID= (older
 * /gp/your-account/order-details?orderID=), the list at /your-orders/orders (older /gp/css/order-history
 * and /gp/your-account/order-history). `*.amazon.com` also matches amazon.com itself.
 */
const ORDER_PATHS = ['/your-orders/*', '/gp/your-account/order-details*', '/gp/your-account/order-history*', '/gp/css/order-history*'];

export const AMAZON_MATCH_PATTERNS: readonly string[] = Object.keys(AMAZON_SITES).flatMap((site) =>
  ORDER_PATHS.map((path) => `*://*.${site}${path}`),
);

/** The order pages themselves (details and lists; `*` after the page name takes "/ref=…" and the query): the reader is injected here only. */
const READER_PATHS = ['/your-orders/order-details*', '/your-orders/orders*', '/gp/your-account/order-details*', '/gp/your-account/order-history*', '/gp/css/order-history*'];
export const AMAZON_READER_MATCH_PATTERNS: readonly string[] = Object.keys(AMAZON_SITES).flatMap((site) =>
  READER_PATHS.map((path) => `*://*.${site}${path}`),
);

/** The Amazon site a host belongs to ("www.amazon.co.uk" → "amazon.co.uk"), if it is one we read. */
export function amazonSiteOf(hostname: string): AmazonSite | undefined {
  const host = hostname.toLowerCase();
  return (Object.keys(AMAZON_SITES) as AmazonSite[]).find((site) => host === site || host.endsWith(`.${site}`));
}

export function isAmazonHost(hostname: string): boolean {
  return amazonSiteOf(hostname) !== undefined;
}

/** What the URL says the page is; 'other' for every page that is not an order page (product, cart, help). */
export function amazonPageKindFromUrl(url: URL): PageKind {
  if (!isAmazonHost(url.hostname)) return 'other';
  // Old links put a "/ref=…" segment after the page name: /gp/css/order-history/ref=ppx_yo_dt_b_oo_view.
  const path = url.pathname.replace(/\/ref=[^/]*$/, '').replace(/\/+$/, '');
  if (path === '/your-orders/order-details' || path === '/gp/your-account/order-details') return 'order-detail';
  if (path === '/your-orders/orders' || path === '/gp/css/order-history' || path === '/gp/your-account/order-history') return 'order-list';
  return 'other';
}

/** Amazon order numbers: "113-1234567-1234567"; digital orders start with a letter ("D01-…"). */
export const ORDER_ID = /(?<![\p{L}\p{N}-])([0-9A-Z]\d{2}-\d{7}-\d{7})(?![\p{L}\p{N}-])/u;

/** The order number in an Amazon URL's `orderID` (or `orderId`) parameter, if it is one; other sites' URLs say nothing. */
export function amazonOrderIdFromUrl(url: URL): string | undefined {
  if (!isAmazonHost(url.hostname)) return undefined;
  const raw = url.searchParams.get('orderID') ?? url.searchParams.get('orderId') ?? '';
  return new RegExp(`^${ORDER_ID.source}$`, 'u').exec(raw)?.[1];
}
