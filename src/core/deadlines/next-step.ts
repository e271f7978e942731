import type { Deadline, DeadlineKind } from '../../model/deadline';
import { actionFor, fillAction } from './actions';
import { computeOpenings, type Opening } from './compute-openings';
import { timeLeft, urgency, type TimeLeft, type Urgency } from './days-left';
import { nextDeadline } from './open-deadlines';
import type { OrderLike } from './order-like';
import { orderFacts } from './order-facts';
import { dateText, inDaysText, whenText } from './when-text';

/** deadlines.md › AliExpress: ask the seller to extend protection a week before it ends if the parcel still moves. */
const EXTEND_PROTECTION_DAYS = 7;

/** DOMAIN.md ladder, step 1: the marketplace's own clocks start with a message to the seller. */
const FIRST_STEP: Partial<Record<DeadlineKind, string>> = {
  'open-dispute': 'Message the seller today; ',
  'protection-end': 'Message the seller today; ',
  'return-window': 'Message the seller today; ',
};

interface Situation {
  readonly deadlines: readonly Deadline[];
  readonly order: OrderLike;
  readonly settled: boolean;
}

interface Ahead extends Situation {
  readonly next: Deadline;
  readonly left: TimeLeft;
  readonly level: Urgency;
  readonly opening: Opening | undefined;
  readonly now: Date;
  readonly timeZone: string;
}

/** First match wins: the order of these rows is the priority of the advice. */
const WITHOUT_NEXT: readonly { when: (s: Situation) => boolean; say: string }[] = [
  { when: (s) => s.settled, say: 'This order is settled; there are no deadlines to watch.' },
  { when: (s) => s.deadlines.length === 0, say: 'No deadline could be worked out yet: check the order, shipping and delivery dates on the order page.' },
  { when: () => true, say: 'The known deadlines have passed: ask the seller directly, and ask your bank or PayPal whether a claim is still possible.' },
];

const WITH_NEXT: readonly { when: (s: Ahead) => boolean; say: (s: Ahead) => string }[] = [
  { when: (s) => s.level === 'critical', say: (s) => `Act now: ${fillAction(actionFor(s.next), whenText(s.next.dueAt, s.now, s.timeZone))}.` },
  {
    when: (s) => s.next.kind === 'protection-end' && s.order.marketplace === 'aliexpress' && s.order.status?.kind === 'shipped' && s.left.days <= EXTEND_PROTECTION_DAYS,
    say: (s) => `Ask the seller to extend buyer protection: the parcel is still in transit and protection ends ${inDaysText(s.left.days)}.`,
  },
  { when: (s) => s.opening !== undefined, say: (s) => opensSentence(s.opening, s) },
  { when: () => true, say: (s) => `${FIRST_STEP[s.next.kind] ?? ''}${fillAction(actionFor(s.next), whenText(s.next.dueAt, s.now, s.timeZone))}.` },
];

/**
 * One short English sentence: what to do now about the order's next open deadline ("Message the
 * seller today; open a dispute by 26 Nov."). `openings` default to those the order's own dates give;
 * pass computeOpenings' result when you know more (a dispute's opening date). Throws RangeError for
 * an unknown zone.
 */
export function adviceFor(
  deadlines: readonly Deadline[],
  order: OrderLike,
  now: Date,
  timeZone: string,
  openings: readonly Opening[] = computeOpenings({ order, now, timeZone }),
): string {
  const situation: Situation = { deadlines, order, settled: orderFacts({ order, now, timeZone }).settled };
  const next = situation.settled ? undefined : nextDeadline(deadlines, now);
  if (!next) return WITHOUT_NEXT.find((row) => row.when(situation))?.say ?? '';
  const opening = openings.find((o) => Date.parse(o.opensAt) > now.getTime() && Date.parse(o.opensAt) < Date.parse(next.dueAt));
  const ahead: Ahead = { ...situation, next, left: timeLeft(now, next.dueAt, timeZone), level: urgency(now, next.dueAt), opening, now, timeZone };
  return capitalize(WITH_NEXT.find((row) => row.when(ahead))?.say(ahead) ?? '');
}

function opensSentence(opening: Opening | undefined, s: Ahead): string {
  return opening ? `Message the seller now; you can ${actionFor(opening)} from ${dateText(opening.opensAt, s.now, s.timeZone)}.` : '';
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
