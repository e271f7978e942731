import { z } from 'zod';

export const marketplaceIdSchema = z.enum(['aliexpress', 'amazon', 'ebay', 'temu', 'ozon', 'wildberries', 'generic']);
export type MarketplaceId = z.infer<typeof marketplaceIdSchema>;

/** What kind of page a reader sees. Only order pages make the content script do any work. */
export const pageKindSchema = z.enum(['order-detail', 'order-list', 'dispute-form', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;
