import type { DeadlineRule } from '../rule';

/** Temu (deadlines.md › Other marketplaces): no platform page is cited yet, so the order page's own date wins. */
export const temuRules: readonly DeadlineRule[] = [
  {
    // "Returns within 90 days of purchase for most items"; the order date is never after payment, so it errs early.
    id: 'temu-return',
    kind: 'return-window',
    label: 'Return window closes',
    action: 'start a return',
    ru: { label: 'Срок возврата истекает', action: 'оформить возврат' },
    starts: ['ordered', 'paid'],
    length: { days: 90 },
    appliesWhen: { marketplaces: ['temu'], statuses: ['shipped', 'delivered', 'completed'] },
    confidence: 'reported',
    source: 'deadlines.md › Other marketplaces › Temu (consumer guides; confirm on the order page)',
  },
];
