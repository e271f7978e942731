import type { Deadline } from '../../model/deadline';
import { assertTimeZone } from './calendar';
import type { DeadlineInput } from './order-like';
import { orderFacts, ruleApplies } from './order-facts';
import { pageDeadlines } from './page-deadlines';
import { placeRule } from './place-rule';
import { ruleText } from './rule';
import { ALL_RULES } from './rules';
import { sortDeadlines } from './sort-deadlines';

/**
 * Every deadline that applies to the order, soonest first, passed ones included (the UI shows them
 * as missed; see openDeadlines). Clocks the page shows win over marketplace rules of the same kind.
 * A settled order (resolved, cancelled, refunded) gets none; a closed one keeps only payment and
 * consumer-law clocks. A rule whose start date the order lacks is left out, never guessed. Labels
 * and computedFrom are in `input.language` (English by default); ids, dates and sources are not.
 * Throws RangeError for an unknown time zone.
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  assertTimeZone(input.timeZone);
  const facts = orderFacts(input);
  if (facts.settled) return [];
  const language = input.language ?? 'en';
  const fromPage = pageDeadlines(input.order, facts, input.timeZone, language);
  // "Same kind" is "same clock": consumer-law rules name marketplaces too, but no page clock has their kind.
  const shownByPage = new Set(fromPage.map((d) => d.kind));
  const fromRules = ALL_RULES.filter(
    (rule) =>
      !rule.opens &&
      ruleApplies(rule.appliesWhen, facts) &&
      !(rule.appliesWhen.marketplaces && shownByPage.has(rule.kind)),
  ).flatMap((rule): Deadline[] => {
    const placed = placeRule(rule, input);
    if (!placed) return [];
    const { id, kind, confidence, source } = rule;
    const { label } = ruleText(rule, language);
    return [{ id, kind, label, dueAt: placed.at.toISOString(), computedFrom: placed.computedFrom, confidence, source }];
  });
  return sortDeadlines([...fromPage, ...fromRules]);
}
