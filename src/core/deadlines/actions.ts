import type { UiLanguage } from '../../i18n/ui-language';
import type { Deadline, DeadlineKind } from '../../model/deadline';
import { say } from './deadline-words';
import { PAGE_CLOCKS } from './page-deadlines';
import { ruleText, type RuleText } from './rule';
import { findRule } from './rules';

/** For deadlines that came from elsewhere (an older version, a manual entry): a phrase per kind. */
const BY_KIND: Record<DeadlineKind, { en: string; ru: string }> = {
  'open-dispute': { en: 'open a dispute', ru: 'открыть спор' },
  'protection-end': { en: 'open a dispute by {when}, before buyer protection ends', ru: 'открыть спор до {when}, пока не закончилась защита покупателя' },
  'confirm-receipt': { en: 'confirm receipt or open a dispute', ru: 'подтвердить получение или открыть спор' },
  'escalate-to-platform': { en: 'ask the platform to step in', ru: 'попросить площадку вмешаться' },
  'seller-response': { en: 'expect the seller’s answer by {when}', ru: 'дождаться ответа продавца до {when}' },
  'return-window': { en: 'start a return', ru: 'оформить возврат' },
  'paypal-dispute': { en: 'open a PayPal dispute', ru: 'открыть спор в PayPal' },
  'card-chargeback': { en: 'ask your bank for a chargeback', ru: 'запросить в банке возврат платежа (чарджбэк)' },
  'consumer-law': { en: 'send the seller a written claim', ru: 'направить продавцу письменную претензию' },
};

/** The rule or page clock a deadline (or opening) came from, found by its id. */
function textById(id: string, language: UiLanguage): RuleText | undefined {
  const source = findRule(id) ?? PAGE_CLOCKS.find((c) => c.id === id);
  return source && ruleText(source, language);
}

/** What to do about a deadline (or opening), found by its id in the rule sets, else by its kind. */
export function actionFor(item: Pick<Deadline, 'id' | 'kind'>, language: UiLanguage = 'en'): string {
  return textById(item.id, language)?.action ?? BY_KIND[item.kind][language];
}

/**
 * A deadline's label in `language`, found by its id; the label it carries when no rule or page
 * clock has that id (a deadline from an older version or typed in by hand keeps its own words).
 */
export function labelFor(item: Pick<Deadline, 'id' | 'label'>, language: UiLanguage = 'en'): string {
  return textById(item.id, language)?.label ?? item.label;
}

/** "open a dispute" + "26 Nov" → "open a dispute by 26 Nov"; a phrase with {when} places the date itself. */
export function fillAction(action: string, when: string, language: UiLanguage = 'en'): string {
  return action.includes('{when}') ? action.replace('{when}', when) : say(language, 'actionBy', { action, when });
}
