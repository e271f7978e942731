import type { TZDate } from '@date-fns/tz';
import type { Deadline, DeadlineKind } from '../../model/deadline';
import type { StatusKind } from '../../model/order';
import type { PageDate } from '../../model/time';
import type { UiLanguage } from '../../i18n/ui-language';
import { dayText, endOfLocalDay, instantIn, localDay, minuteText } from './calendar';
import { say } from './deadline-words';
import type { OrderLike } from './order-like';
import { ruleApplies, type OrderFacts } from './order-facts';
import { ruleText, type RuleText } from './rule';

type Found = { at: TZDate; computedFrom: string } | undefined;

/**
 * Clocks the order page shows itself. deadlines.md: "when the order page shows a countdown or a date,
 * the page wins over every rule", so each replaces the marketplace rules of the same kind.
 */
export interface PageClock {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly action: string;
  readonly ru: RuleText;
  readonly statuses: readonly StatusKind[];
  readonly read: (order: OrderLike, timeZone: string, language: UiLanguage) => Found;
}

export const PAGE_CLOCKS: readonly PageClock[] = [
  {
    id: 'page-protection-end',
    kind: 'protection-end',
    label: 'Buyer protection ends',
    action: 'open a dispute by {when}, before buyer protection ends',
    ru: { label: 'Конец защиты покупателя', action: 'открыть спор до {when}, пока не закончилась защита покупателя' },
    // Confirming receipt (completed) ends the countdown; a stored one would be stale.
    statuses: ['processing', 'shipped', 'delivered'],
    read: readProtectionEnd,
  },
  {
    id: 'page-return-window',
    kind: 'return-window',
    label: 'Return window closes',
    action: 'start a return',
    ru: { label: 'Срок возврата истекает', action: 'оформить возврат' },
    statuses: ['delivered', 'completed'],
    read: (order, timeZone, language) => printed(order.dates.returnWindowEnd, 'pageReturnWindowEnd', timeZone, language),
  },
];

export function pageDeadlines(order: OrderLike, facts: OrderFacts, timeZone: string, language: UiLanguage = 'en'): Deadline[] {
  return PAGE_CLOCKS.filter((clock) => ruleApplies({ statuses: clock.statuses }, facts)).flatMap((clock) => {
    const found = clock.read(order, timeZone, language);
    if (!found) return [];
    const { id, kind } = clock;
    const { label } = ruleText(clock, language);
    return [{ id, kind, label, dueAt: found.at.toISOString(), computedFrom: found.computedFrom, confidence: 'page' as const }];
  });
}

/** The countdown's absolute end (with when it was read) beats a printed end date: it is the raw proof. */
function readProtectionEnd(order: OrderLike, timeZone: string, language: UiLanguage): Found {
  const countdown = order.protection;
  const at = countdown?.endsAt === undefined ? undefined : instantIn(countdown.endsAt, timeZone);
  const readAt = countdown && instantIn(countdown.readAt, timeZone);
  if (at && readAt) return { at, computedFrom: say(language, 'pageCountdown', { at: minuteText(readAt) }) };
  return printed(order.dates.protectionEnd, 'pageProtectionEnd', timeZone, language);
}

/** A printed day counts through its end, as "Return window closes on 2 Dec" means you may still return on the 2nd. */
function printed(value: PageDate | undefined, what: 'pageProtectionEnd' | 'pageReturnWindowEnd', timeZone: string, language: UiLanguage): Found {
  if (value === undefined) return undefined;
  const day = localDay(value, timeZone);
  if (!day) return undefined;
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = isDay ? endOfLocalDay(day) : instantIn(value, timeZone);
  return at && { at, computedFrom: say(language, what, { at: isDay ? dayText(day) : minuteText(at) }) };
}
