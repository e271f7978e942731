import type { Deadline, DeadlineKind } from '../../model/deadline';
import { PAGE_CLOCKS } from './page-deadlines';
import { findRule } from './rules';

/** For deadlines that came from elsewhere (an older version, a manual entry): a phrase per kind. */
const BY_KIND: Record<DeadlineKind, string> = {
  'open-dispute': 'open a dispute',
  'protection-end': 'open a dispute by {when}, before buyer protection ends',
  'confirm-receipt': 'confirm receipt or open a dispute',
  'escalate-to-platform': 'ask the platform to step in',
  'seller-response': 'expect the seller’s answer by {when}',
  'return-window': 'start a return',
  'paypal-dispute': 'open a PayPal dispute',
  'card-chargeback': 'ask your bank for a chargeback',
  'consumer-law': 'send the seller a written claim',
};

/** What to do about a deadline (or opening), found by its id in the rule sets, else by its kind. */
export function actionFor(item: Pick<Deadline, 'id' | 'kind'>): string {
  return findRule(item.id)?.action ?? PAGE_CLOCKS.find((c) => c.id === item.id)?.action ?? BY_KIND[item.kind];
}

/** "open a dispute" + "26 Nov" → "open a dispute by 26 Nov"; a phrase with {when} places the date itself. */
export function fillAction(action: string, when: string): string {
  return action.includes('{when}') ? action.replace('{when}', when) : `${action} by ${when}`;
}
