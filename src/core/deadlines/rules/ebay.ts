import type { DeadlineRule } from '../rule';

/**
 * eBay Money Back Guarantee (deadlines.md › eBay). Not encoded: "appeal within 30 days of eBay's
 * decision" counts from a decision date the model does not record.
 */
export const ebayRules: readonly DeadlineRule[] = [
  {
    // Row "Request (not received / not as described)": 30 days from actual delivery, or else the latest estimate.
    id: 'ebay-money-back-request',
    kind: 'open-dispute',
    label: 'Open a Money Back Guarantee request',
    action: 'open a Money Back Guarantee request',
    ru: { label: 'Открыть запрос по гарантии возврата денег eBay', action: 'открыть запрос по гарантии возврата денег eBay' },
    starts: ['delivered', 'estimatedDeliveryTo'],
    length: { days: 30 },
    appliesWhen: { marketplaces: ['ebay'], statuses: ['processing', 'shipped', 'delivered', 'completed'] },
    confidence: 'reported',
    source: 'eBay Money Back Guarantee policy page id=4210; parceldetect.com guide',
  },
  {
    // Row "Ask eBay to step in": after 3 business days without help from the seller.
    id: 'ebay-step-in-opens',
    kind: 'escalate-to-platform',
    label: 'eBay can be asked to step in',
    action: 'ask eBay to step in',
    ru: { label: 'Можно попросить eBay вмешаться', action: 'попросить eBay вмешаться' },
    starts: 'disputeOpened',
    length: { businessDays: 3 },
    appliesWhen: { marketplaces: ['ebay'], statuses: ['disputed'] },
    opens: true,
    confidence: 'documented',
    source: 'pages.ebay.ca/ebay-money-back-guarantee',
  },
  {
    // Row "Request closes automatically": 21 business days if nobody asks eBay to step in.
    id: 'ebay-request-closes',
    kind: 'escalate-to-platform',
    label: 'Ask eBay to step in before the request closes',
    action: 'ask eBay to step in by {when}, before the request closes',
    ru: { label: 'Попросить eBay вмешаться до закрытия запроса', action: 'попросить eBay вмешаться до {when}, пока запрос не закрылся' },
    starts: 'disputeOpened',
    length: { businessDays: 21 },
    appliesWhen: { marketplaces: ['ebay'], statuses: ['disputed'] },
    confidence: 'reported',
    source: 'eBay Money Back Guarantee policy digest',
  },
];
