import type { DeadlineRule } from '../rule';

/** Ozon (deadlines.md › Other marketplaces). The page's «Вернуть до …» (returnWindowEnd) wins over this rule. */
export const ozonRules: readonly DeadlineRule[] = [
  {
    // "Return of proper-quality goods within 7 days of receipt (some categories longer)".
    id: 'ozon-return',
    kind: 'return-window',
    label: 'Return window closes',
    action: 'start a return',
    ru: { label: 'Срок возврата истекает', action: 'оформить возврат' },
    starts: ['delivered', 'completed'],
    length: { days: 7 },
    appliesWhen: { marketplaces: ['ozon'], statuses: ['delivered', 'completed'] },
    confidence: 'reported',
    source: 'deadlines.md › Other marketplaces › Ozon (consumer guides; the order page shows «Вернуть до …»)',
  },
];
