import type { DeadlineKind } from '../../model/deadline';
import type { Instant } from '../../model/time';
import { assertTimeZone } from './calendar';
import type { DeadlineInput } from './order-like';
import { orderFacts, ruleApplies } from './order-facts';
import { placeRule } from './place-rule';
import { ruleText, type RuleConfidence } from './rule';
import { ALL_RULES } from './rules';

/** The moment a step becomes possible ("a dispute can be opened 5 days after shipment"). */
export interface Opening {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly opensAt: Instant;
  readonly computedFrom: string;
  readonly confidence: RuleConfidence;
  readonly source: string;
}

/**
 * When each step of the ladder opens for this order (start of that day, user's zone), soonest first;
 * past openings included. Same applicability (and language) as computeDeadlines; throws RangeError for an unknown zone.
 * The Deadline model has no "opens at", so openings are their own type (a gap to raise in the model).
 */
export function computeOpenings(input: DeadlineInput): Opening[] {
  assertTimeZone(input.timeZone);
  const facts = orderFacts(input);
  if (facts.settled) return [];
  return ALL_RULES.filter((rule) => rule.opens && ruleApplies(rule.appliesWhen, facts))
    .flatMap((rule): Opening[] => {
      const placed = placeRule(rule, input);
      if (!placed) return [];
      const { id, kind, confidence, source } = rule;
      const { label } = ruleText(rule, input.language ?? 'en');
      return [{ id, kind, label, opensAt: placed.at.toISOString(), computedFrom: placed.computedFrom, confidence, source }];
    })
    .sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt) || a.id.localeCompare(b.id));
}
