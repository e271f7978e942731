import type { DeadlineRule } from '../rule';

const HELP = 'activities.aliexpress.com/adcms/help-aliexpress-com/buyer_protection_process.php';

/**
 * AliExpress (deadlines.md › AliExpress). The buyer-protection countdown on the order page beats
 * every rule here (page-deadlines.ts). Not encoded: Free Return (+15 days after on-time delivery) needs
 * a per-listing flag the order model lacks; the seller's 15-day answer (unsure) is the same 15 days as
 * the documented negotiation rule below; Guaranteed Genuine has no clock.
 */
export const aliexpressRules: readonly DeadlineRule[] = [
  {
    // Row "Guaranteed delivery": 60 days typical, 90 to Russia, 120 to Brazil. The order does not say
    // where it ships, so we take the shortest (early beats late) and claim no more than 'unsure'.
    id: 'aliexpress-protection-estimate',
    kind: 'protection-end',
    label: 'Buyer protection ends (estimate)',
    action: 'open a dispute by {when}, when buyer protection is likely to end',
    ru: { label: 'Конец защиты покупателя (оценка)', action: 'открыть спор до {when}, когда, вероятно, закончится защита покупателя' },
    starts: 'shipped',
    length: { days: 60 },
    appliesWhen: { marketplaces: ['aliexpress'], statuses: ['shipped', 'delivered'] },
    confidence: 'unsure',
    source: 'bio-guard.net FAQ digest (guaranteed delivery: 60 days typical, 90 to Russia, 120 to Brazil)',
  },
  {
    // Row "Open a dispute — latest": 15 days after the buyer confirms receipt (guides say 15–30: we take 15).
    // Without a confirmation date the delivery date is used: it is never later, so the date errs early.
    id: 'aliexpress-dispute-after-receipt',
    kind: 'open-dispute',
    label: 'Open a dispute on AliExpress',
    action: 'open a dispute',
    ru: { label: 'Открыть спор на AliExpress', action: 'открыть спор' },
    starts: ['completed', 'delivered'],
    length: { days: 15 },
    appliesWhen: { marketplaces: ['aliexpress'], statuses: ['completed'] },
    confidence: 'reported',
    source: 'christinasbeautyjourney.blogspot.com 2022 "How to open dispute?"; yahabibati.com; 128gb.ru',
  },
  {
    // Row "Open a dispute — official help wording": available 5 days after shipment. (Older guides
    // say from the 11th day; the help page is documented, so it wins.)
    id: 'aliexpress-dispute-opens',
    kind: 'open-dispute',
    label: 'A dispute can be opened',
    action: 'open a dispute',
    ru: { label: 'Можно открыть спор', action: 'открыть спор' },
    starts: 'shipped',
    length: { days: 5 },
    appliesWhen: { marketplaces: ['aliexpress'], statuses: ['shipped', 'delivered'] },
    opens: true,
    confidence: 'documented',
    source: HELP,
  },
  {
    // Row "Negotiation with the seller": after 15 days the case goes to AliExpress automatically.
    id: 'aliexpress-negotiation-ends',
    kind: 'seller-response',
    label: 'Negotiation ends; AliExpress steps in',
    action: 'agree with the seller by {when}, or AliExpress steps in',
    ru: { label: 'Конец переговоров; вмешается AliExpress', action: 'договориться с продавцом до {when}, иначе вмешается AliExpress' },
    starts: 'disputeOpened',
    length: { days: 15 },
    appliesWhen: { marketplaces: ['aliexpress'], statuses: ['disputed'] },
    confidence: 'documented',
    source: HELP,
  },
  {
    // Same row: "Escalate Dispute" is available 3 days after opening.
    id: 'aliexpress-escalate-opens',
    kind: 'escalate-to-platform',
    label: 'The dispute can be escalated',
    action: 'escalate the dispute to AliExpress',
    ru: { label: 'Спор можно передать в AliExpress', action: 'передать спор в AliExpress' },
    starts: 'disputeOpened',
    length: { days: 3 },
    appliesWhen: { marketplaces: ['aliexpress'], statuses: ['disputed'] },
    opens: true,
    confidence: 'documented',
    source: HELP,
  },
];
