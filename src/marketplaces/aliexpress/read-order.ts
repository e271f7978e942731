import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { detectLayout, type Layout } from './detect';
import { toPage, type Page } from './dom';
import { readProtection } from './protection';
import { readGlobalDetail } from './read-global-detail';
import { readLegacyDetail } from './read-legacy-detail';
import { readRuDetail } from './read-ru-detail';
import { toReading, type Facts } from './reading';

const READERS: Record<Layout, (page: Page) => Facts> = {
  global: readGlobalDetail,
  ru: readRuDetail,
  legacy: readLegacyDetail,
};

/**
 * Reads an AliExpress order-detail page of any layout (detect.ts). Returns what the page shows and
 * names the rest in `missing`; a page of no known layout gives a reading with nothing but its URL.
 * Must not throw on any document (empty, truncated, scripts removed, another site's page); `ctx.now`
 * must be a valid Date (it becomes `readAt`).
 */
export function readAliExpressOrder(doc: Document, ctx: ReadContext): OrderReading {
  const page = toPage(doc, ctx);
  const layout = detectLayout(ctx.url, doc);
  const facts = layout === undefined ? {} : READERS[layout](page);
  return toReading(page, { ...facts, protection: readProtection(page) });
}
