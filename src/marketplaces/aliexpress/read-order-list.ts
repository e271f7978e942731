import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';
import { detectLayout, type Layout } from './detect';
import { toPage, type Page } from './dom';
import { readGlobalList } from './read-global-list';
import { readLegacyList } from './read-legacy-list';
import { readRuList } from './read-ru-list';
import { toReading, type Facts } from './reading';

const READERS: Record<Layout, (page: Page) => Facts[]> = {
  global: readGlobalList,
  ru: readRuList,
  legacy: readLegacyList,
};

/**
 * One reading per order card on an AliExpress order-list page; each card's `url` is its detail link
 * (the list page's URL when the card has none). Cards with nothing readable are still returned, with
 * everything in `missing`. Must not throw on any document.
 */
export function readAliExpressOrderList(doc: Document, ctx: ReadContext): OrderReading[] {
  const page = toPage(doc, ctx);
  const layout = detectLayout(ctx.url, doc);
  return layout === undefined ? [] : READERS[layout](page).map((facts) => toReading(page, facts));
}
