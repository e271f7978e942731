import type { ComplaintChannel, ComplaintOutcome, ComplaintReason } from '../../model/complaint';
import type { Evidence } from '../../model/evidence';
import type { Money } from '../../model/money';
import type { Order, OrderReading } from '../../model/order';
import type { Contact } from '../../model/settings';
import type { CalendarDate } from '../../model/time';

/**
 * Everything a complaint is built from. A stored `Order` fits; so does a fresh `OrderReading`
 * whose order number the page did not show (checkCompleteness then says so, buildComplaint leaves it out).
 */
export interface ComplaintInput {
  order: Order | OrderReading;
  reason: ComplaintReason;
  outcome: ComplaintOutcome;
  /** Only read for a partial refund. */
  partialAmount?: Money;
  /** The day the problem was found (or, for "not received", the day the buyer checked). */
  incidentDate?: CalendarDate;
  /** The user's own sentence or two; printed as written, after the reason sentence. */
  facts: string;
  evidence: readonly Evidence[];
  contact: Contact;
  channel: ComplaintChannel;
  language: 'en' | 'ru';
  now: Date;
  /** IANA zone of the user ("Europe/Moscow"): dates in the text are the user's dates. */
  timeZone: string;
}
