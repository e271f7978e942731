import { normalizeStatus } from '../../core/parse/normalize-status';
import { foldText, normalizeText } from '../../core/parse/normalize-text';
import type { StatusKind } from '../../model/order';

/**
 * Amazon wordings that core/parse/normalize-status does not know. Each is the start of a shipment line
 * about a delivery still to come: "Arriving November 26" (order-list-en; azad shipment.ts tells
 * delivered from not-yet-delivered by "delivered" / "arriving") and "Zustellung: 15. September" (the
 * saved amazon.de list page, fixtures README).
 */
const AMAZON_WORDS: readonly (readonly [RegExp, StatusKind])[] = [
  [/^(now )?arriving\b/u, 'shipped'],
  [/^zustellung\b/u, 'shipped'],
];

export interface PrintedStatus {
  text: string;
  kind: StatusKind;
}

/** The status as printed and its kind; undefined when there are no words to show. */
export function toStatus(text: string | undefined): PrintedStatus | undefined {
  const printed = normalizeText(text ?? '');
  if (printed === '') return undefined;
  let kind = normalizeStatus(printed);
  if (kind === 'unknown') kind = AMAZON_WORDS.find(([re]) => re.test(foldText(printed)))?.[1] ?? 'unknown';
  return { text: printed, kind };
}

// How far along a shipment is: an order is as far along as its least advanced shipment.
const PROGRESS: Partial<Record<StatusKind, number>> = { 'awaiting-payment': 0, processing: 1, shipped: 2, delivered: 3 };

/**
 * The order's status from its shipments' statuses: the least advanced one ("Arriving …" beats
 * "Delivered …": the order is not all there yet). Undefined when a shipment's status is a kind
 * outside that scale (cancelled, refunded, unknown words) and the shipments do not all say the same.
 */
export function orderStatus(statuses: readonly (PrintedStatus | undefined)[]): PrintedStatus | undefined {
  const known = statuses.filter((s): s is PrintedStatus => s !== undefined);
  const [first] = known;
  if (first === undefined || known.every((s) => s.kind === first.kind)) return first;
  if (known.some((s) => PROGRESS[s.kind] === undefined)) return undefined;
  return known.reduce((least, s) => ((PROGRESS[s.kind] ?? 0) < (PROGRESS[least.kind] ?? 0) ? s : least));
}
