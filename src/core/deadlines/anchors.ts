import type { PageDate } from '../../model/time';
import type { DeadlineInput } from './order-like';
import type { Anchor } from './rule';

type Read = (input: DeadlineInput) => PageDate | undefined;

const READ: Record<Anchor, Read> = {
  ordered: (i) => i.order.dates.ordered,
  paid: (i) => i.order.dates.paid,
  shipped: (i) => i.order.dates.shipped,
  delivered: (i) => i.order.dates.delivered,
  completed: (i) => i.order.dates.completed,
  estimatedDeliveryTo: (i) => i.order.dates.estimatedDelivery?.to,
  protectionEnd: (i) => i.order.protection?.endsAt ?? i.order.dates.protectionEnd,
  returnWindowEnd: (i) => i.order.dates.returnWindowEnd,
  disputeOpened: (i) => i.disputeOpenedAt,
  paymentDisputeOpened: (i) => i.paymentDisputeOpenedAt,
};

/** The first of `starts` the order has, or undefined when it has none of them. */
export function resolveAnchor(
  starts: Anchor | readonly Anchor[],
  input: DeadlineInput,
): { anchor: Anchor; value: PageDate } | undefined {
  for (const anchor of typeof starts === 'string' ? [starts] : starts) {
    const value = READ[anchor](input);
    if (value !== undefined) return { anchor, value };
  }
  return undefined;
}
