import type { UiLanguage } from '../../i18n/ui-language';
import type { Deadline } from '../../model/deadline';
import { labelFor } from '../deadlines';
import { leftText } from './notification-text';
import { say } from './reminder-words';

/**
 * The toolbar tooltip for an order page: the next open deadline in words (the badge shows it as a
 * number and a colour), or that none is known.
 */
export function badgeTitle(orderId: string, next: Deadline | undefined, now: Date, timeZone: string, language: UiLanguage = 'en'): string {
  if (!next) return say(language, 'badgeNoDeadline', { orderId });
  return say(language, 'badgeNext', { orderId, label: labelFor(next, language), left: leftText(now, next.dueAt, timeZone, language) });
}
