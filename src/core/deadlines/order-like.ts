import type { UiLanguage } from '../../i18n/ui-language';
import type { Order, OrderReading } from '../../model/order';
import type { PageDate } from '../../model/time';
import type { PaymentMethod } from './rule';

/** A stored order or a fresh page reading: the engine needs only facts both carry. */
export type OrderLike = Order | OrderReading;

export interface DeadlineInput {
  readonly order: OrderLike;
  /**
   * Accepted so every core call has the same shape; the result does not depend on it, because
   * passed deadlines are returned too (filter with openDeadlines / missedDeadlines).
   */
  readonly now: Date;
  /** IANA zone of the user ("Europe/Berlin"); an unknown zone throws RangeError. */
  readonly timeZone: string;
  /** Overrides what the order page printed as the payment method. */
  readonly paymentMethod?: PaymentMethod;
  /** When the marketplace dispute / request was opened. The order model has no field for it yet. */
  readonly disputeOpenedAt?: PageDate;
  /** When a PayPal dispute was opened. The order model has no field for it yet. */
  readonly paymentDisputeOpenedAt?: PageDate;
  /** The language of each deadline's label and computedFrom; English when absent. Dates and ids do not depend on it. */
  readonly language?: UiLanguage;
}
