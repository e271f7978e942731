import type { OrderReading } from '../../model/order';
import { readingOf, type Facts } from '../reading';
import type { Page } from './dom';

export type { Facts };

/** The reading for `facts` on this page (src/marketplaces/reading.ts). */
export function toReading(page: Page, facts: Facts): OrderReading {
  return readingOf('amazon', page, facts);
}
