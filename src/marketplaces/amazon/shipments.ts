import type { OrderDates } from '../../model/order';
import type { CalendarDate, PageDate } from '../../model/time';
import { speaksOfReturns } from './labels';
import { printedDays } from './printed-days';
import { orderStatus, toStatus, type PrintedStatus } from './status';

/**
 * What the shipment lines of one order say ("Delivered November 5", "Arriving November 26",
 * "Zugestellt: 6. November"), on the details page and on a list card alike: the order's status, when it
 * was delivered (every shipment delivered: the last day) and when the rest is due (the days of the
 * shipments still on their way). Days without a year take it from the order date (printed-days.ts).
 */
export function shipmentFacts(lines: readonly (string | undefined)[], ordered: PageDate | undefined): { status: PrintedStatus | undefined; dates: OrderDates } {
  const orderDay = ordered?.slice(0, 10);
  const shipments = lines.map((text) => ({ status: toStatus(text), days: printedDays(text ?? '', orderDay) }));
  const dates: OrderDates = {};
  const delivered = shipments.flatMap((s) => (s.status?.kind === 'delivered' ? s.days.slice(0, 1) : []));
  if (delivered.length > 0 && delivered.length === shipments.length) dates.delivered = latest(delivered);
  const due = shipments.filter((s) => s.status?.kind === 'shipped' || s.status?.kind === 'processing').flatMap((s) => s.days);
  if (due.length > 0) dates.estimatedDelivery = { from: earliest(due), to: latest(due) };
  return { status: orderStatus(shipments.map((s) => s.status)), dates };
}

/**
 * The end of the return window from the items' return lines ("Eligible through December 5, 2026",
 * "Return window closed on November 14, 2026"). Items may differ; the earliest is the one a reminder
 * must not miss. Lines that do not speak of returns are ignored.
 */
export function returnWindowEnd(lines: readonly (string | undefined)[], ordered: PageDate | undefined): CalendarDate | undefined {
  const days = lines.flatMap((text) => (text !== undefined && speaksOfReturns(text) ? printedDays(text, ordered?.slice(0, 10)).slice(-1) : []));
  return days.length > 0 ? earliest(days) : undefined;
}

function earliest(days: readonly CalendarDate[]): CalendarDate {
  return days.reduce((a, b) => (b < a ? b : a));
}

function latest(days: readonly CalendarDate[]): CalendarDate {
  return days.reduce((a, b) => (b > a ? b : a));
}
