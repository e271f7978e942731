import type { MarketplaceId } from '../../model/marketplace';
import type { StatusKind } from '../../model/order';
import type { DeadlineInput, OrderLike } from './order-like';
import type { PaymentMethod, RuleScope } from './rule';

/** What decides which rules apply to an order. */
export interface OrderFacts {
  readonly marketplace: MarketplaceId;
  /** 'unknown' when the page showed no status we could name. */
  readonly status: StatusKind;
  readonly host: string | undefined;
  readonly paymentMethod: PaymentMethod | undefined;
  /** Resolved by the user, cancelled or refunded: nothing is left to claim, so no clock runs. */
  readonly settled: boolean;
}

const SETTLED: readonly StatusKind[] = ['cancelled', 'refunded'];

export function orderFacts(input: DeadlineInput): OrderFacts {
  const { order } = input;
  const status = order.status?.kind ?? 'unknown';
  return {
    marketplace: order.marketplace,
    status,
    host: hostOf(order.url),
    paymentMethod: input.paymentMethod ?? paymentMethodFromText(order.paymentMethod),
    settled: isResolved(order) || SETTLED.includes(status),
  };
}

export function ruleApplies(scope: RuleScope, facts: OrderFacts): boolean {
  if (scope.marketplaces && !scope.marketplaces.includes(facts.marketplace)) return false;
  if (scope.paymentMethods && !(facts.paymentMethod && scope.paymentMethods.includes(facts.paymentMethod))) return false;
  if (scope.hosts && !scope.hosts.some((h) => facts.host === h || facts.host?.endsWith(`.${h}`))) return false;
  // A status we could not name might be any of them: showing a clock that may not apply beats hiding one that does.
  return facts.status === 'unknown' || scope.statuses.includes(facts.status);
}

/**
 * The page's payment wording ("PayPal", "Visa •••• 4242", «Банковская карта») as a provider we have
 * rules for; undefined for anything else (wallets, cash on delivery), so no payment clock is guessed.
 */
export function paymentMethodFromText(text: string | undefined): PaymentMethod | undefined {
  if (!text) return undefined;
  if (/pay\s?pal/i.test(text)) return 'paypal';
  if (/visa|master\s?card|maestro|american express|amex|\bcard\b|карт/i.test(text)) return 'card';
  return undefined;
}

function isResolved(order: OrderLike): boolean {
  return 'resolvedAt' in order && order.resolvedAt !== undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
