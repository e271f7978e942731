import type { OrderReading } from '../../model/order';
import { readingOf, type Facts } from '../reading';
import type { Page } from './dom';

export type { Facts };

/**
 * The reading for `facts` on this page (src/marketplaces/reading.ts), with the protection end of the
 * page's countdown copied into `dates.protectionEnd`.
 */
export function toReading(page: Page, facts: Facts): OrderReading {
  return readingOf('aliexpress', page, { ...facts, dates: { ...facts.dates, protectionEnd: facts.protection?.endsAt ?? facts.dates?.protectionEnd } });
}
