import type { UiLanguage } from '../../i18n/ui-language';
import type { Deadline, DeadlineKind } from '../../model/deadline';
import { actionFor, fillAction } from './actions';
import { computeOpenings, type Opening } from './compute-openings';
import { timeLeft, urgency, type TimeLeft, type Urgency } from './days-left';
import { say } from './deadline-words';
import { nextDeadline } from './open-deadlines';
import type { OrderLike } from './order-like';
import { orderFacts } from './order-facts';
import { dateText, inDaysText, whenText } from './when-text';

/** deadlines.md › AliExpress: ask the seller to extend protection a week before it ends if the parcel still moves. */
const EXTEND_PROTECTION_DAYS = 7;

/** DOMAIN.md ladder, step 1: the marketplace's own clocks start with a message to the seller. */
const SELLER_FIRST: readonly DeadlineKind[] = ['open-dispute', 'protection-end', 'return-window'];

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
  readonly language: UiLanguage;
}

/** First match wins: the order of these rows is the priority of the advice. */
const WITHOUT_NEXT: readonly { when: (s: Situation) => boolean; say: 'adviceSettled' | 'adviceNoDeadline' | 'advicePassed' }[] = [
  { when: (s) => s.settled, say: 'adviceSettled' },
  { when: (s) => s.deadlines.length === 0, say: 'adviceNoDeadline' },
  { when: () => true, say: 'advicePassed' },
];

const WITH_NEXT: readonly { when: (s: Ahead) => boolean; say: (s: Ahead) => string }[] = [
  { when: (s) => s.level === 'critical', say: (s) => say(s.language, 'adviceActNow', { action: nextAction(s) }) },
  {
    when: (s) => s.next.kind === 'protection-end' && s.order.marketplace === 'aliexpress' && s.order.status?.kind === 'shipped' && s.left.days <= EXTEND_PROTECTION_DAYS,
    say: (s) => say(s.language, 'adviceExtend', { inDays: inDaysText(s.left.days, s.language) }),
  },
  { when: (s) => s.opening !== undefined, say: (s) => opensSentence(s.opening, s) },
  { when: () => true, say: (s) => say(s.language, SELLER_FIRST.includes(s.next.kind) ? 'adviceSellerFirst' : 'adviceDo', { action: nextAction(s) }) },
];

export interface AdviceOptions {
  /** Defaults to those the order's own dates give; pass computeOpenings' result when you know more (a dispute's opening date). */
  readonly openings?: readonly Opening[];
  /** The sentence's language; English when absent. */
  readonly language?: UiLanguage;
}

/**
 * One short sentence: what to do now about the order's next open deadline ("Message the seller
 * today; open a dispute by 26 Nov." / «Напишите продавцу сегодня; затем нужно открыть спор до
 * 26 ноября.»). Throws RangeError for an unknown zone.
 */
export function adviceFor(deadlines: readonly Deadline[], order: OrderLike, now: Date, timeZone: string, options: AdviceOptions = {}): string {
  const language = options.language ?? 'en';
  const situation: Situation = { deadlines, order, settled: orderFacts({ order, now, timeZone }).settled };
  const next = situation.settled ? undefined : nextDeadline(deadlines, now);
  if (!next) return say(language, WITHOUT_NEXT.find((row) => row.when(situation))?.say ?? 'advicePassed');
  const openings = options.openings ?? computeOpenings({ order, now, timeZone });
  const opening = openings.find((o) => Date.parse(o.opensAt) > now.getTime() && Date.parse(o.opensAt) < Date.parse(next.dueAt));
  const ahead: Ahead = { ...situation, next, left: timeLeft(now, next.dueAt, timeZone), level: urgency(now, next.dueAt), opening, now, timeZone, language };
  return capitalize(WITH_NEXT.find((row) => row.when(ahead))?.say(ahead) ?? '');
}

/** The next deadline's action with its date: "open a dispute by 26 Nov". */
function nextAction(s: Ahead): string {
  return fillAction(actionFor(s.next, s.language), whenText(s.next.dueAt, s.now, s.timeZone, s.language), s.language);
}

function opensSentence(opening: Opening | undefined, s: Ahead): string {
  return opening ? say(s.language, 'adviceOpens', { action: actionFor(opening, s.language), date: dateText(opening.opensAt, s.now, s.timeZone, s.language) }) : '';
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
