import type { DeadlineRule } from '../rule';
import { aliexpressRules } from './aliexpress';
import { amazonRules } from './amazon';
import { cardRules } from './card';
import { consumerLawEuRules } from './consumer-law-eu';
import { consumerLawRuRules } from './consumer-law-ru';
import { ebayRules } from './ebay';
import { ozonRules } from './ozon';
import { paypalRules } from './paypal';
import { temuRules } from './temu';
import { wildberriesRules } from './wildberries';

/** Every rule set. Ids must be unique (rules.test.ts checks), because a rule id is its deadline's id. */
export const ALL_RULES: readonly DeadlineRule[] = [
  ...aliexpressRules,
  ...amazonRules,
  ...ebayRules,
  ...temuRules,
  ...ozonRules,
  ...wildberriesRules,
  ...paypalRules,
  ...cardRules,
  ...consumerLawRuRules,
  ...consumerLawEuRules,
];

export function findRule(id: string): DeadlineRule | undefined {
  return ALL_RULES.find((rule) => rule.id === id);
}
