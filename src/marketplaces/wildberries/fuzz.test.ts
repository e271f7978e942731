// @vitest-environment happy-dom
import { fuzzAdapterFixtures, type Kind } from '../../../tests/support/fuzz-adapter';
import type { ExpectedOrder } from '../../../tests/support/expected-order';
import { orderReadingSchema, type OrderReading } from '../../model/order';
import { wildberries } from './index';

// Damaged Wildberries pages, with the shared harness (tests/support/fuzz-adapter.ts): the reader must
// not throw, must return schema-valid readings, and must never report a value the page does not give
// that card (leaving it out is fine: a missing value is honest, a wrong one is not).

/**
 * The archive prints no order number or total (README), so the values checked are what it does print.
 * After deletions, truncation or script removal, each reading's price, order and receipt dates and
 * status must all be those of one true card. Classes are the archive's only hooks (README: the labels
 * are filler), so an element handed another field's class is that field to any reader, human or not:
 * after attribute damage each value need only be one the page prints somewhere.
 */
function checkNoWrongValues(reading: OrderReading, truth: readonly ExpectedOrder[], { kind, printed }: { kind: Kind; printed: ReadonlySet<string> }): string | undefined {
  orderReadingSchema.parse(reading);
  if (reading.orderId !== undefined || reading.total !== undefined) return 'an order number or total the page does not print';
  const price = reading.items[0]?.unitPrice;
  const samePrice = (o: ExpectedOrder) => price === undefined || (o.items?.[0]?.unitPrice?.minor === price.minor && o.items[0].unitPrice.currency === price.currency);
  const { ordered, delivered } = reading.dates;
  if (kind === 'attributes' || kind === 'combined') {
    const dates = new Set(truth.flatMap((o) => [o.orderDate, o.deliveredDate]));
    const ok = truth.some(samePrice) && [ordered, delivered].every((d) => d === undefined || dates.has(d)) && (reading.status === undefined || printed.has(reading.status.text));
    return ok ? undefined : `values the page does not print: ${JSON.stringify({ price, dates: reading.dates, status: reading.status })}`;
  }
  const fits = (o: ExpectedOrder) =>
    samePrice(o) &&
    (ordered === undefined || ordered === o.orderDate) &&
    (delivered === undefined || delivered === o.deliveredDate) &&
    (reading.status === undefined || reading.status.text === o.status);
  return truth.some(fits) ? undefined : `values of no one card: ${JSON.stringify({ price, dates: reading.dates, status: reading.status })}`;
}

fuzzAdapterFixtures(wildberries, {
  check: checkNoWrongValues,
  counts: (reading) => reading.items[0]?.unitPrice !== undefined || reading.dates.ordered !== undefined,
  countedAs: 'cards with a price or date',
  timeoutMs: 60_000,
});
