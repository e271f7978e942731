import { AFTER_RECEIPT, type DeadlineRule } from '../rule';

const LAW = 'Закон РФ «О защите прав потребителей»';

/**
 * Russian consumer law (deadlines.md › Consumer law), shown as "your rights" on the Russian
 * marketplaces. Counting follows ГК РФ ст. 191–192 (the period starts the day after the event), which
 * is our "end of day D+N"; the move of a last day off a weekend (ст. 193) is not applied, so we err early.
 * Not encoded: the 3-month return when the seller gave no written terms (a fact we cannot see), and the
 * seller's 10-day answer (ст. 22), which counts from a claim the model does not record.
 */
export const consumerLawRuRules: readonly DeadlineRule[] = [
  {
    id: 'ru-distance-return',
    kind: 'consumer-law',
    label: 'Return for any reason (RU law, 7 days)',
    action: 'return the item for any reason',
    ru: { label: 'Возврат без объяснения причин (закон РФ, 7 дней)', action: 'вернуть товар без объяснения причин' },
    starts: ['delivered', 'completed'],
    length: { days: 7 },
    appliesWhen: { marketplaces: ['ozon', 'wildberries'], statuses: AFTER_RECEIPT },
    confidence: 'documented',
    source: `${LAW}, ст. 26.1 п. 4`,
  },
  {
    id: 'ru-defect-claim',
    kind: 'consumer-law',
    label: 'Defect claims without a warranty (RU law, 2 years)',
    action: 'make a claim about a defect',
    ru: { label: 'Претензия о недостатке без гарантии (закон РФ, 2 года)', action: 'предъявить претензию о недостатке товара' },
    starts: ['delivered', 'completed'],
    length: { months: 24 },
    appliesWhen: { marketplaces: ['ozon', 'wildberries'], statuses: AFTER_RECEIPT },
    confidence: 'documented',
    source: `${LAW}, ст. 19 п. 1`,
  },
];
