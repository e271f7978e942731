import type { Evidence } from '../../model/evidence';
import type { Money } from '../../model/money';
import { formatMoney } from '../format/format-money';
import { answerRule } from './answer-deadline';
import { evidenceCategory, evidenceName } from './evidence-category';
import type { ComplaintInput } from './complaint-input';
import { calendarDayIn, formatLetterDate, formatLetterDateTime } from './format-letter-date';
import type { ComplaintContext, ComplaintTemplates, EvidenceFact, OrderFacts } from './templates/types';

const QUOTE_EXCERPT_CHARS = 120;
/** Page titles on marketplaces run to 200 characters of keywords; a reader needs the first words. */
const NAME_CHARS = 100;

/** Turns the raw input into formatted facts, each absent when unknown, so templates cannot print a placeholder. */
export function complaintContext(input: ComplaintInput, t: ComplaintTemplates): ComplaintContext {
  const { locale } = t;
  const today = calendarDayIn(input.now, input.timeZone);
  return {
    channel: input.channel,
    reason: input.reason,
    outcome: input.outcome,
    order: orderFacts(input, locale, today),
    partialAmount: input.outcome === 'partial-refund' && input.partialAmount ? formatMoney(input.partialAmount, locale) : undefined,
    incidentDate: input.incidentDate ? formatLetterDate(input.incidentDate, locale, input.timeZone) : undefined,
    facts: userFacts(input.facts),
    evidence: input.evidence.map((e) => evidenceFact(e, locale, input.timeZone)),
    contact: {
      name: clean(input.contact.name),
      email: clean(input.contact.email),
      phone: clean(input.contact.phone),
      country: clean(input.contact.country),
    },
    today: formatLetterDate(today, locale, input.timeZone),
    answerRule: answerRule(input.reason, input.outcome),
    compact: false,
    russianLaw: /^(ru|rus|russia|russian federation|росси.*|рф)$/iu.test(input.contact.country.trim()),
  };
}

function orderFacts(input: ComplaintInput, locale: string, today: string): OrderFacts {
  const { order, timeZone } = input;
  const date = (value: string | undefined) => (value ? formatLetterDate(value, locale, timeZone) : undefined);
  const { dates } = order;
  // The payment date matters to a payment provider; elsewhere it repeats the order date.
  const paid = input.channel === 'payment-dispute' || !dates.ordered ? date(dates.paid) : undefined;
  const eta = dates.estimatedDelivery?.to ?? dates.estimatedDelivery?.from;
  return {
    orderId: clean(order.orderId),
    orderDate: date(dates.ordered),
    paidDate: paid !== undefined && paid !== date(dates.ordered) ? paid : undefined,
    products: order.items
      .filter((item) => item.title.trim() !== '')
      .map((item) => ({
        title: item.title.trim(),
        variant: clean(item.variant),
        quantity: item.quantity,
        unitPrice: item.unitPrice && !repeatsTotal(order.items.length, item.quantity, item.unitPrice, order.total) ? formatMoney(item.unitPrice, locale) : undefined,
      })),
    total: order.total ? formatMoney(order.total, locale) : undefined,
    seller: clean(order.seller?.name),
    tracking: order.tracking.filter((t) => t.number.trim() !== '').map((t) => ({ number: t.number.trim(), carrier: clean(t.carrier) })),
    shipped: date(dates.shipped),
    delivered: date(dates.delivered),
    completed: date(dates.completed),
    estimatedDelivery: date(eta),
    estimatedDeliveryPassed: eta !== undefined && eta.slice(0, 10) < today,
    paymentMethod: input.channel === 'payment-dispute' ? clean(order.paymentMethod) : undefined,
    marketplace: order.marketplace,
  };
}

/** One item bought once at exactly the amount paid: its unit price line would only repeat "Amount paid". */
function repeatsTotal(items: number, quantity: number, unitPrice: Money, total: Money | undefined): boolean {
  return items === 1 && quantity === 1 && total !== undefined && total.minor === unitPrice.minor && total.currency === unitPrice.currency;
}

function evidenceFact(e: Evidence, locale: string, timeZone: string): EvidenceFact {
  const category = evidenceCategory(e);
  const linkText = e.kind === 'link' ? clean(e.text) : undefined;
  return {
    category,
    rendered: e.kind === 'screenshot-full-rendered',
    name: clip(linkText ?? evidenceName(e), NAME_CHARS),
    url: e.kind === 'link' ? e.url : undefined,
    excerpt: e.kind === 'quote' && e.text?.trim() ? clip(e.text.trim().replace(/\s+/g, ' '), QUOTE_EXCERPT_CHARS) : undefined,
    capturedAt: formatLetterDateTime(e.capturedAt, locale, timeZone),
    note: clean(e.note.replace(/\s+/g, ' ')),
  };
}

/** The user's words as written, with blank-line runs collapsed and a closing full stop if they left none. */
function userFacts(text: string): string | undefined {
  const trimmed = text.trim().replace(/\n{3,}/g, '\n\n');
  if (trimmed === '') return undefined;
  return /[.!?…)"»”]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Cuts at a word boundary and marks the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
