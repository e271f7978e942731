import type { ComplaintReason } from '../../model/complaint';
import type { Deadline } from '../../model/deadline';
import type { Money } from '../../model/money';
import { formatMoney } from '../format/format-money';
import { CHANNEL_RULES } from './channel-rules';
import type { Bilingual } from './completeness-messages';
import { MESSAGES } from './completeness-messages';
import type { ComplaintInput } from './complaint-input';
import { showsTheItem } from './evidence-category';
import { formatLetterDateTime } from './format-letter-date';

export type WarningCode =
  | 'missing-order-id'
  | 'missing-order-date'
  | 'missing-total'
  | 'missing-items'
  | 'missing-seller'
  | 'missing-facts'
  | 'no-evidence'
  | 'no-item-evidence'
  | 'partial-amount-missing'
  | 'partial-amount-not-positive'
  | 'partial-amount-above-paid'
  | 'partial-amount-currency'
  | 'deadline-passed'
  | 'deadline-soon'
  | 'missing-contact-name'
  | 'missing-contact-reach'
  | 'missing-contact-country'
  | 'contact-email-invalid'
  | 'outcome-mismatch';

export type WarningFix =
  | 'capture-order-page'
  | 'add-evidence'
  | 'edit-contact'
  | 'edit-amount'
  | 'enter-order-id'
  | 'enter-order-date'
  | 'enter-total';

/**
 * Something the complaint lacks. 'error': one of the reasons complaints fail (DOMAIN.md:
 * incomplete, too late, unproven) — fix it before sending. 'warning': the complaint can go, but
 * is weaker without the fix.
 */
export interface Warning {
  code: WarningCode;
  severity: 'error' | 'warning';
  message: Bilingual;
  fix?: WarningFix;
}

/** Reasons about the item that arrived: the platform asks for proof of the item itself (AliExpress: "you must also attach evidence"). */
const ITEM_REASONS: ReadonlySet<ComplaintReason> = new Set(['not-as-described', 'damaged', 'defective', 'wrong-item', 'counterfeit', 'incomplete']);

const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * Everything that would make this complaint fail or look weak, most serious first, each with a
 * message in both languages that says how to fix it. Pure: `now` and `timeZone` are parameters.
 * An empty list means nothing is missing.
 */
export function checkCompleteness(input: ComplaintInput & { deadlines: readonly Deadline[] }): Warning[] {
  const warnings = [...orderWarnings(input), ...evidenceWarnings(input), ...amountWarnings(input), ...deadlineWarnings(input), ...contactWarnings(input)];
  if (input.facts.trim() === '') warnings.push({ code: 'missing-facts', severity: 'warning', message: MESSAGES.missingFacts });
  if (input.reason === 'not-received' && input.outcome === 'return-and-refund')
    warnings.push({ code: 'outcome-mismatch', severity: 'warning', message: MESSAGES.outcomeMismatch });
  return warnings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function orderWarnings({ order, channel }: ComplaintInput): Warning[] {
  const warnings: Warning[] = [];
  if (!order.orderId?.trim()) warnings.push({ code: 'missing-order-id', severity: 'error', message: MESSAGES.missingOrderId, fix: 'enter-order-id' });
  if (!order.dates.ordered) warnings.push({ code: 'missing-order-date', severity: 'error', message: MESSAGES.missingOrderDate, fix: 'enter-order-date' });
  if (!order.total) warnings.push({ code: 'missing-total', severity: 'error', message: MESSAGES.missingTotal, fix: 'enter-total' });
  if (!order.items.some((item) => item.title.trim() !== ''))
    warnings.push({ code: 'missing-items', severity: 'warning', message: MESSAGES.missingItems, fix: 'capture-order-page' });
  if (channel === 'formal-claim' && !order.seller?.name.trim())
    warnings.push({ code: 'missing-seller', severity: 'warning', message: MESSAGES.missingSeller, fix: 'capture-order-page' });
  return warnings;
}

function evidenceWarnings({ evidence, reason }: ComplaintInput): Warning[] {
  const itemReason = ITEM_REASONS.has(reason);
  if (evidence.length === 0)
    // AliExpress: attachments are optional when the goods have not arrived; for item reasons they are required.
    return [{ code: 'no-evidence', severity: itemReason ? 'error' : 'warning', message: MESSAGES.noEvidence(reason), fix: 'add-evidence' }];
  if (itemReason && !evidence.some(showsTheItem))
    return [{ code: 'no-item-evidence', severity: 'error', message: MESSAGES.noItemEvidence, fix: 'add-evidence' }];
  return [];
}

function amountWarnings({ outcome, partialAmount, order }: ComplaintInput): Warning[] {
  if (outcome !== 'partial-refund') return [];
  if (!partialAmount) return [{ code: 'partial-amount-missing', severity: 'error', message: MESSAGES.partialAmountMissing, fix: 'edit-amount' }];
  if (partialAmount.minor <= 0)
    return [{ code: 'partial-amount-not-positive', severity: 'error', message: MESSAGES.partialAmountNotPositive, fix: 'edit-amount' }];
  const total = order.total;
  if (!total) return []; // 'missing-total' already asks for it; nothing to compare with
  if (partialAmount.currency !== total.currency)
    return [
      {
        code: 'partial-amount-currency',
        severity: 'warning',
        message: MESSAGES.partialAmountCurrency(partialAmount.currency, total.currency),
        fix: 'edit-amount',
      },
    ];
  // Integer minor units in one currency: an exact comparison, no floats.
  if (partialAmount.minor > total.minor)
    return [
      {
        code: 'partial-amount-above-paid',
        severity: 'error',
        message: MESSAGES.partialAmountAbovePaid(money(partialAmount), money(total)),
        fix: 'edit-amount',
      },
    ];
  return [];
}

function deadlineWarnings({ deadlines, channel, now, timeZone }: ComplaintInput & { deadlines: readonly Deadline[] }): Warning[] {
  const kinds = new Set(CHANNEL_RULES[channel].deadlineKinds);
  const forChannel = deadlines.filter((d) => kinds.has(d.kind));
  // A rung with no clock of its own in the list is judged by every clock there is.
  const relevant = forChannel.length > 0 ? forChannel : deadlines;
  const at = (d: Deadline) => Date.parse(d.dueAt);
  const open = relevant.filter((d) => at(d) >= now.getTime()).sort((a, b) => at(a) - at(b));
  const due = (d: Deadline): Bilingual => ({
    en: formatLetterDateTime(d.dueAt, 'en-GB', timeZone),
    ru: formatLetterDateTime(d.dueAt, 'ru-RU', timeZone),
  });
  const next = open[0];
  if (next) {
    if (at(next) - now.getTime() >= DAY_MS) return [];
    return [{ code: 'deadline-soon', severity: 'warning', message: MESSAGES.deadlineSoon(next.kind, due(next)) }];
  }
  const last = [...relevant].sort((a, b) => at(b) - at(a))[0];
  if (!last) return [];
  return [{ code: 'deadline-passed', severity: 'error', message: MESSAGES.deadlinePassed(last.kind, due(last)) }];
}

function contactWarnings({ contact, channel }: ComplaintInput): Warning[] {
  const rule = CHANNEL_RULES[channel];
  const warnings: Warning[] = [];
  const email = contact.email.trim();
  if (rule.needsContact) {
    if (contact.name.trim() === '')
      warnings.push({ code: 'missing-contact-name', severity: 'error', message: MESSAGES.missingContactName(channel), fix: 'edit-contact' });
    if (email === '' && contact.phone.trim() === '')
      warnings.push({ code: 'missing-contact-reach', severity: 'error', message: MESSAGES.missingContactReach(channel), fix: 'edit-contact' });
  }
  if (rule.needsCountry && contact.country.trim() === '')
    warnings.push({ code: 'missing-contact-country', severity: 'error', message: MESSAGES.missingContactCountry, fix: 'edit-contact' });
  if (rule.needsContact && email !== '' && !EMAIL.test(email))
    warnings.push({ code: 'contact-email-invalid', severity: 'warning', message: MESSAGES.contactEmailInvalid(email), fix: 'edit-contact' });
  return warnings;
}

function money(m: Money): Bilingual {
  return { en: formatMoney(m, 'en-GB'), ru: formatMoney(m, 'ru-RU') };
}
