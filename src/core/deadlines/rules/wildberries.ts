import type { DeadlineRule } from '../rule';

/** Wildberries (deadlines.md › Other marketplaces): one source only, hence 'unsure'. */
export const wildberriesRules: readonly DeadlineRule[] = [
  {
    // "Claims on defects/wrong item via «Покупки» within 14 days (defect claims longer under law)".
    id: 'wildberries-claim',
    kind: 'open-dispute',
    label: 'File a claim on Wildberries',
    action: 'file a claim under Purchases («Покупки»)',
    ru: { label: 'Подать претензию на Wildberries', action: 'подать претензию в разделе «Покупки»' },
    starts: ['delivered', 'completed'],
    length: { days: 14 },
    appliesWhen: { marketplaces: ['wildberries'], statuses: ['delivered', 'completed'] },
    confidence: 'unsure',
    source: 'deadlines.md › Other marketplaces › Wildberries (single source; check the platform page)',
  },
];
