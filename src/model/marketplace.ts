import { z } from 'zod';

export const marketplaceIdSchema = z.enum(['aliexpress', 'amazon', 'ebay', 'temu', 'ozon', 'wildberries', 'generic']);
export type MarketplaceId = z.infer<typeof marketplaceIdSchema>;

/** What kind of page a reader sees. Only order pages make the content script do any work. */
export const pageKindSchema = z.enum(['order-detail', 'order-list', 'dispute-form', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;

/** How each marketplace writes its own name (in every language: the brands are Latin-script). */
export const MARKETPLACE_NAMES: Record<Exclude<MarketplaceId, 'generic'>, string> = {
  aliexpress: 'AliExpress',
  amazon: 'Amazon',
  ebay: 'eBay',
  temu: 'Temu',
  ozon: 'Ozon',
  wildberries: 'Wildberries',
};

/** The marketplace's name, or null for a shop ClaimKit has no adapter for. */
export function marketplaceName(id: MarketplaceId): string | null {
  return id === 'generic' ? null : MARKETPLACE_NAMES[id];
}

/**
 * The servers a marketplace's product images come from. A re-drawn capture (html2canvas) can only
 * draw them if the extension may fetch them: an optional host permission, asked for on the user's
 * first capture that may need it, and refusable.
 */
export const MARKETPLACE_IMAGE_HOSTS: Partial<Record<MarketplaceId, readonly string[]>> = {
  aliexpress: ['*://*.alicdn.com/*', '*://*.aliexpress-media.com/*'],
  amazon: ['*://m.media-amazon.com/*'],
  ebay: ['*://i.ebayimg.com/*'],
  ozon: ['*://ir.ozone.ru/*'],
  wildberries: ['*://*.wbbasket.ru/*'],
};
