import { AFTER_RECEIPT, type DeadlineRule } from '../rule';

/**
 * The EU sites of marketplaces where the sellers are often EU traders. The law binds EU traders only;
 * the order does not say where the seller is, hence the "(EU sellers)" in the labels.
 */
const EU_SITES = [
  'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.ie',
  'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.nl', 'ebay.at', 'ebay.be', 'ebay.ie', 'ebay.pl',
];

/**
 * EU consumer law (deadlines.md › Consumer law). Periods start the day after the event and end with
 * the last day (Regulation 1182/71), which is our "end of day D+N"; the move off a holiday is not applied.
 */
export const consumerLawEuRules: readonly DeadlineRule[] = [
  {
    // Art. 9(2)(b): 14 days from the day the consumer takes physical possession of the goods.
    id: 'eu-withdrawal',
    kind: 'consumer-law',
    label: 'EU 14-day withdrawal (EU sellers)',
    action: 'withdraw from the purchase',
    ru: { label: 'Отказ от покупки в ЕС, 14 дней (продавцы из ЕС)', action: 'отказаться от покупки' },
    starts: ['delivered', 'completed'],
    length: { days: 14 },
    appliesWhen: { marketplaces: ['amazon', 'ebay'], statuses: AFTER_RECEIPT, hosts: EU_SITES },
    confidence: 'documented',
    source: 'Directive 2011/83/EU, Art. 9',
  },
  {
    // Art. 10: the seller is liable for a lack of conformity that becomes apparent within two years of delivery.
    id: 'eu-legal-guarantee',
    kind: 'consumer-law',
    label: 'EU 2-year legal guarantee (EU sellers)',
    action: 'claim under the legal guarantee',
    ru: { label: 'Законная гарантия ЕС, 2 года (продавцы из ЕС)', action: 'заявить требование по законной гарантии' },
    starts: ['delivered', 'completed'],
    length: { months: 24 },
    appliesWhen: { marketplaces: ['amazon', 'ebay'], statuses: AFTER_RECEIPT, hosts: EU_SITES },
    confidence: 'documented',
    source: 'Directive (EU) 2019/771, Art. 10',
  },
];
