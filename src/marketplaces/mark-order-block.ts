import type { MarketplaceAdapter } from './adapter';

export const ORDER_BLOCK_ATTRIBUTE = 'data-claimkit-order-block';

/** Marks the adapter's order block on the page (one at a time) for the capture to find; false if none. */
export function markOrderBlock(adapter: MarketplaceAdapter, doc: Document): boolean {
  for (const old of doc.querySelectorAll(`[${ORDER_BLOCK_ATTRIBUTE}]`)) old.removeAttribute(ORDER_BLOCK_ATTRIBUTE);
  let block: Element | null = null;
  try {
    block = adapter.orderBlock?.(doc) ?? null;
  } catch {
    block = null; // a reader bug on a strange page: no block, never a broken page
  }
  block?.setAttribute(ORDER_BLOCK_ATTRIBUTE, '');
  return block !== null;
}
