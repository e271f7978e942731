/** The deadline engine's public API: pure, with `now` and `timeZone` as parameters. */
export { computeDeadlines } from './compute-deadlines';
export { computeOpenings, type Opening } from './compute-openings';
export { badgeText, timeLeft, urgency, type TimeLeft, type Urgency } from './days-left';
export { actionFor, labelFor } from './actions';
export { adviceFor, type AdviceOptions } from './next-step';
export { missedDeadlines, nextDeadline, openDeadlines } from './open-deadlines';
export type { DeadlineInput, OrderLike } from './order-like';
export { paymentMethodFromText } from './order-facts';
export { ruleText, type Anchor, type DeadlineRule, type PaymentMethod, type RuleConfidence, type RuleText } from './rule';
export { ALL_RULES, findRule } from './rules';
export { PAGE_CLOCKS } from './page-deadlines';
