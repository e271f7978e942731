import type { DeadlineRule } from '../rule';

const A_TO_Z = 'amazon.com help nodeId=200783670; amazon.ca help nodeId=201889410';

/**
 * Amazon A-to-z Guarantee, third-party sellers (deadlines.md › Amazon). "Contact the seller first,
 * wait 2 business days" counts from a message the model does not record, so it lives in the advice.
 */
export const amazonRules: readonly DeadlineRule[] = [
  {
    // Row "A-to-z claim — latest": 90 days from the maximum estimated delivery date (lost once a chargeback is filed).
    id: 'amazon-a-to-z',
    kind: 'open-dispute',
    label: 'File an A-to-z Guarantee claim',
    action: 'file an A-to-z Guarantee claim',
    ru: { label: 'Подать претензию по гарантии A-to-z', action: 'подать претензию по гарантии A-to-z' },
    starts: 'estimatedDeliveryTo',
    length: { days: 90 },
    appliesWhen: { marketplaces: ['amazon'], statuses: ['processing', 'shipped', 'delivered', 'completed'] },
    confidence: 'documented',
    source: A_TO_Z,
  },
  {
    // Row "A-to-z claim opens (not received)": 3 days after the latest estimated delivery date.
    id: 'amazon-a-to-z-opens',
    kind: 'open-dispute',
    label: 'An A-to-z claim can be filed',
    action: 'file an A-to-z Guarantee claim',
    ru: { label: 'Можно подать претензию по гарантии A-to-z', action: 'подать претензию по гарантии A-to-z' },
    starts: 'estimatedDeliveryTo',
    length: { days: 3 },
    appliesWhen: { marketplaces: ['amazon'], statuses: ['processing', 'shipped'] },
    opens: true,
    confidence: 'documented',
    source: A_TO_Z,
  },
  {
    // Row "Return window (most items)": 30 days from delivery; the page's "Return window closes on …" wins.
    id: 'amazon-return-window',
    kind: 'return-window',
    label: 'Return window closes',
    action: 'start a return',
    ru: { label: 'Срок возврата истекает', action: 'оформить возврат' },
    starts: 'delivered',
    length: { days: 30 },
    appliesWhen: { marketplaces: ['amazon'], statuses: ['delivered', 'completed'] },
    confidence: 'documented',
    source: 'Amazon order pages: "Return window closes on …"',
  },
  {
    // Row "Not-as-described: ask the seller for a return": older UK wording, so only on amazon.co.uk.
    id: 'amazon-uk-not-as-described',
    kind: 'return-window',
    label: 'Ask the seller for a return (not as described)',
    action: 'ask the seller for a return',
    ru: { label: 'Попросить продавца о возврате (не как в описании)', action: 'попросить продавца о возврате' },
    starts: 'delivered',
    length: { days: 14 },
    appliesWhen: { marketplaces: ['amazon'], statuses: ['delivered', 'completed'], hosts: ['amazon.co.uk'] },
    confidence: 'unsure',
    source: 'sellercentral.amazon.co.uk forum quoting Amazon help',
  },
];
