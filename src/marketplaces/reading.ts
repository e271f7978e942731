import { missingFields } from '../core/order/missing-fields';
import type { MarketplaceId } from '../model/marketplace';
import type { OrderDates, OrderReading } from '../model/order';
import type { ReadablePage } from './page-dom';

/** What a reader found; everything optional, nothing invented. */
export type Facts = Partial<Omit<OrderReading, 'marketplace' | 'readAt' | 'source' | 'missing'>>;

/**
 * The reading for `facts` on `marketplace`'s page: undefined facts are left out (not written as
 * `undefined`), `missing` is derived, `url` defaults to the page URL. Every marketplace's
 * reading.ts calls this with its own id.
 */
export function readingOf(marketplace: MarketplaceId, page: Pick<ReadablePage, 'ctx'>, facts: Facts): OrderReading {
  const reading = compact({
    ...facts,
    marketplace,
    url: facts.url ?? page.ctx.url.href,
    items: facts.items ?? [],
    dates: compact<OrderDates>({ ...facts.dates }),
    tracking: facts.tracking ?? [],
    readAt: page.ctx.now.toISOString(),
    source: 'page' as const,
  });
  return { ...reading, missing: missingFields(reading) };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
