import { missingFields } from '../../core/order/missing-fields';
import type { OrderDates, OrderReading } from '../../model/order';
import type { Page } from '../page-dom';

/** What a reader found; everything optional, nothing invented. */
export type Facts = Partial<Omit<OrderReading, 'marketplace' | 'readAt' | 'source' | 'missing'>>;

/** The reading for `facts`: undefined facts are left out, `missing` is derived, `url` defaults to the page URL. */
export function toReading(page: Page, facts: Facts): OrderReading {
  const reading = compact({
    ...facts,
    marketplace: 'wildberries' as const,
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
