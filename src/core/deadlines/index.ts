/** The deadline engine's public API: pure, with `now` and `timeZone` as parameters. */
export { computeDeadlines } from './compute-deadlines';
export { computeOpenings, type Opening } from './compute-openings';
export { badgeText, timeLeft, urgency, type TimeLeft, type Urgency } from './days-left';
export { adviceFor } from './next-step';
export { missedDeadlines, nextDeadline, openDeadlines } from './open-deadlines';
export type { DeadlineInput, OrderLike } from './order-like';
export { paymentMethodFromText } from './order-facts';
export type { Anchor, DeadlineRule, PaymentMethod, RuleConfidence } from './rule';
export { ALL_RULES, findRule } from './rules';
export { PAGE_CLOCKS } from './page-deadlines';
