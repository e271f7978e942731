import type { OrderReading } from '../../model/order';
import type { ReadContext } from '../adapter';

/** Order list pages: issue #3. */
export function readAliExpressOrderList(_doc: Document, _ctx: ReadContext): OrderReading[] {
  return [];
}
