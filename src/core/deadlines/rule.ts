import type { Confidence, DeadlineKind } from '../../model/deadline';
import type { MarketplaceId } from '../../model/marketplace';
import type { StatusKind } from '../../model/order';
import type { UiLanguage } from '../../i18n/ui-language';
import type { Span } from './span';

/**
 * The order fact a rule counts from. `disputeOpened` / `paymentDisputeOpened` are not in the order
 * model yet: callers pass them to computeDeadlines, and rules that need them stay silent without them.
 */
export type Anchor =
  | 'ordered'
  | 'paid'
  | 'shipped'
  | 'delivered'
  | 'completed'
  | 'estimatedDeliveryTo'
  | 'protectionEnd'
  | 'returnWindowEnd'
  | 'disputeOpened'
  | 'paymentDisputeOpened';

export type PaymentMethod = 'paypal' | 'card';

/** A rule is never 'page': that strength belongs only to what the order page itself shows. */
export type RuleConfidence = Exclude<Confidence, 'page'>;

export interface RuleScope {
  /** Absent: any marketplace (payment providers). Present: a marketplace clock, which a page clock of the same kind replaces. */
  readonly marketplaces?: readonly MarketplaceId[];
  /** Status kinds it applies to; an order whose status is missing or 'unknown' matches every list. */
  readonly statuses: readonly StatusKind[];
  readonly paymentMethods?: readonly PaymentMethod[];
  /** Host names (or their parent domains) of the order URL, for rules tied to one country's site. */
  readonly hosts?: readonly string[];
}

/** What a clock is called and what the shopper does about it, in one language. */
export interface RuleText {
  /** Short label for the ladder. */
  readonly label: string;
  /** What the shopper does, for the advice sentence; `{when}` marks the date, else " by {when}" (« до {when}») follows. */
  readonly action: string;
}

/** One row of shared/deadlines.md as data. Changing the rule must stay a one-line change. */
export interface DeadlineRule {
  /** Unique across all rule sets; it becomes the Deadline id. */
  readonly id: string;
  readonly kind: DeadlineKind;
  /** Short English label for the ladder (and the README's rules table). */
  readonly label: string;
  /** What the shopper does, for the advice sentence; `{when}` marks the date, else " by {when}" follows. */
  readonly action: string;
  /** The same label and action in Russian (rules.test.ts checks every rule has them, in Cyrillic). */
  readonly ru: RuleText;
  /** The date it counts from; a list means the source's own "A, or B": the first the order has wins. */
  readonly starts: Anchor | readonly Anchor[];
  readonly length: Span;
  readonly appliesWhen: RuleScope;
  /** Set when the rule marks the day a step becomes possible (computeOpenings), not when it closes. */
  readonly opens?: true;
  readonly confidence: RuleConfidence;
  /** URL or document, as cited in deadlines.md. */
  readonly source: string;
}

/** A rule's (or page clock's) label and action in the UI language; English is the rule's own. */
export function ruleText(rule: RuleText & { readonly ru: RuleText }, language: UiLanguage): RuleText {
  return language === 'ru' ? rule.ru : { label: rule.label, action: rule.action };
}

/** Statuses after payment in which a payment-provider clock still matters (a closed order is when people turn to it). */
export const AFTER_PAYMENT: readonly StatusKind[] = ['processing', 'shipped', 'delivered', 'completed', 'disputed', 'closed'];

/** Statuses after the goods arrived, for consumer-law clocks (which outlive the marketplace's own). */
export const AFTER_RECEIPT: readonly StatusKind[] = ['delivered', 'completed', 'disputed', 'closed'];
