import type { ComplaintInput } from '../../core/complaint';
import { currencyDigits } from '../../core/format/currency-digits';
import { parseTypedAmount } from '../../core/order/manual-order';
import type { ComplaintChannel, ComplaintDraft, ComplaintOutcome, ComplaintReason, Language } from '../../model/complaint';
import type { Evidence } from '../../model/evidence';
import type { Money } from '../../model/money';
import type { Order } from '../../model/order';
import type { Contact } from '../../model/settings';

/** The builder's form as the user edits it: text where the user types, so nothing typed is lost to parsing. */
export interface DraftFields {
  reason: ComplaintReason;
  outcome: ComplaintOutcome;
  /** The partial refund as typed ("5.50"), in the order's currency. */
  amountText: string;
  /** "YYYY-MM-DD" from the date input, or "". */
  incidentDate: string;
  facts: string;
  channel: ComplaintChannel;
  language: Language;
  /** The user chose the full text although it is over the channel's limit. */
  preferFull: boolean;
}

/** The currency a partial refund is asked in: what the order was paid in. */
export function orderCurrency(order: Order): string {
  return order.total?.currency ?? order.items.find((i) => i.unitPrice)?.unitPrice?.currency ?? 'USD';
}

/** A fresh draft: an order not yet delivered is most often "not received"; one that arrived, "not as described". */
export function defaultFields(order: Pick<Order, 'status'>, language: Language): DraftFields {
  const arrived = ['delivered', 'completed', 'disputed', 'closed', 'refunded'].includes(order.status?.kind ?? 'unknown');
  return {
    reason: arrived ? 'not-as-described' : 'not-received',
    outcome: 'full-refund',
    amountText: '',
    incidentDate: '',
    facts: '',
    channel: 'platform-dispute',
    language,
    preferFull: false,
  };
}

/** "5.50" for 550 minor units of a 2-digit currency; "1200" for yen. Plain digits, so it parses back. */
export function amountText(money: Money): string {
  const digits = currencyDigits(money.currency);
  if (digits === 0) return String(money.minor);
  const text = String(money.minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The partial refund as money, or null when the text is empty or not an amount. */
export function partialAmount(fields: Pick<DraftFields, 'amountText'>, currency: string): Money | null {
  return fields.amountText.trim() === '' ? null : parseTypedAmount(fields.amountText, currency);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function fieldsFromDraft(draft: ComplaintDraft, limit: number): DraftFields {
  return {
    reason: draft.reason,
    outcome: draft.outcome,
    amountText: draft.partialAmount ? amountText(draft.partialAmount) : '',
    incidentDate: draft.incidentDate ?? '',
    facts: draft.facts,
    channel: draft.channel,
    language: draft.language,
    // The draft keeps the text that was used; only the full version can be longer than the limit.
    preferFull: draft.text !== undefined && draft.text.length > limit,
  };
}

/** A draft as the builder holds it; the save stamps `updatedAt`. */
export type DraftContent = Omit<ComplaintDraft, 'updatedAt'>;

/** The draft to store; `text` is the version the user would send (full or short). */
/** The user's choices as the draft and the builder both take them; an amount only where it parses. */
function choices(fields: DraftFields, amount: ReturnType<typeof partialAmount>) {
  return {
    reason: fields.reason,
    outcome: fields.outcome,
    ...(amount ? { partialAmount: amount } : {}),
    ...(ISO_DAY.test(fields.incidentDate) ? { incidentDate: fields.incidentDate } : {}),
    facts: fields.facts,
    channel: fields.channel,
    language: fields.language,
  };
}

export function draftFromFields(orderKey: string, fields: DraftFields, currency: string, text: string): DraftContent {
  const amount = fields.outcome === 'partial-refund' ? partialAmount(fields, currency) : null;
  return { orderKey, ...choices(fields, amount), text };
}

export function complaintInput(
  fields: DraftFields,
  context: { order: Order; evidence: readonly Evidence[]; contact: Contact; now: Date; timeZone: string },
): ComplaintInput {
  return { ...context, ...choices(fields, partialAmount(fields, orderCurrency(context.order))) };
}

/**
 * The page's own words in the order (titles, variants, the seller), for checkTone's `ignore`: the
 * user quoting "XIAOMI" from a title is not shouting. Whole phrases, plus each word in capitals
 * from them, since the user rarely copies a whole 100-character title.
 */
export function pageWords(order: Pick<Order, 'items' | 'seller'>): string[] {
  const phrases = [...order.items.flatMap((i) => [i.title, i.variant ?? '']), order.seller?.name ?? ''].filter((p) => p.trim() !== '');
  const capitals = phrases.flatMap((p) => p.match(/[\p{Lu}\p{N}][\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*/gu) ?? []);
  return [...new Set([...phrases, ...capitals])];
}
