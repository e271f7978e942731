import { foldText } from '../../core/parse/normalize-text';
import type { OrderDates, StatusKind } from '../../model/order';
import type { PageDate } from '../../model/time';
import { dateIn, dayRangeIn } from '../../core/parse/day-month';
import { agree } from './money';

/**
 * Delivery dates in Ozon's words. Received: the date in the status "Получен 16 ноября" (fixtures,
 * OzonParser, ozon-order-excel-exporter). Expected: "Доставка в пункт выдачи 27 - 28 ноября",
 * "Ожидаем 15 июля" (exporter's subtitle and delivery hints).
 */

/** The day in "Получен 16 ноября" / "Доставлен …"; undefined for other statuses (a pickup deadline is no delivery). */
export function receivedDate(status: string | undefined, now: Date): PageDate | undefined {
  if (status === undefined || !/^(?:получен|доставлен)[аоы]?(?: |$)/u.test(foldText(status))) return undefined;
  return dateIn(status, now, 'past');
}

// Once an order is received, cancelled or refunded, an earlier estimate is history, not a fact to act on.
const SETTLED: readonly StatusKind[] = ['delivered', 'completed', 'cancelled', 'closed', 'refunded'];

/** The delivery estimate all hints agree on, while the order is still on its way. */
export function estimatedDelivery(hints: readonly (string | undefined)[], status: StatusKind | undefined, now: Date): OrderDates['estimatedDelivery'] {
  if (status !== undefined && SETTLED.includes(status)) return undefined;
  const ranges = hints.filter((hint) => hint !== undefined && /^(?:доставка|ожидаем)/u.test(foldText(hint))).map((hint) => dayRangeIn(hint, now));
  return agree(ranges, (a, b) => a.from === b.from && a.to === b.to);
}
