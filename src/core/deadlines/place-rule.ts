import type { TZDate } from '@date-fns/tz';
import { resolveAnchor } from './anchors';
import { dayText, endOfLocalDay, localDay, startOfLocalDay } from './calendar';
import { anchorName, say } from './deadline-words';
import type { DeadlineInput } from './order-like';
import type { DeadlineRule } from './rule';
import { addSpan, spanText } from './span';

export interface Placed {
  readonly at: TZDate;
  readonly computedFrom: string;
}

/**
 * Where a rule lands for this order, in the user's zone; undefined when the order lacks the date the
 * rule counts from (or it is unparsable). "N days after day D" ends at the END of day D+N, local
 * time, as a person counts days: delivered on the 2nd, 30 days → through the whole of the 32nd. An
 * opening ("available 5 days after") starts at the first moment of its day instead. computedFrom is
 * in `input.language` (English by default).
 */
export function placeRule(rule: DeadlineRule, input: DeadlineInput): Placed | undefined {
  const start = resolveAnchor(rule.starts, input);
  if (!start) return undefined;
  const day = localDay(start.value, input.timeZone);
  if (!day) return undefined;
  const last = addSpan(day, rule.length);
  const language = input.language ?? 'en';
  return {
    at: rule.opens ? startOfLocalDay(last) : endOfLocalDay(last),
    computedFrom: say(language, 'computedFrom', { span: spanText(rule.length, language), anchor: anchorName(language, start.anchor), day: dayText(day) }),
  };
}
