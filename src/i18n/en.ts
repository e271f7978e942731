import { complaintMessages } from './messages/complaint';
import { lockerMessages } from './messages/locker';
import { pagesMessages } from './messages/pages';
import { popupMessages } from './messages/popup';
import { welcomeMessages } from './messages/welcome';
import type { PluralForms } from './plural';

/**
 * ClaimKit's UI strings, by area (messages/*.ts, English and Russian side by side). English is the
 * source of every key; TypeScript makes every other language have exactly these keys, and
 * i18n.test.ts checks that areas do not share a key and that no Russian text is left in English.
 * `{name}` marks a value filled in; plural values are { one, few?, many?, other } with `{n}`.
 */
export const MESSAGE_AREAS = { pages: pagesMessages, popup: popupMessages, locker: lockerMessages, complaint: complaintMessages, welcome: welcomeMessages } as const;

export const en = {
  ...pagesMessages.en,
  ...popupMessages.en,
  ...lockerMessages.en,
  ...complaintMessages.en,
  ...welcomeMessages.en,
};

export type MessageKey = keyof typeof en;
/** Keys whose value is one string. */
export type TextKey = { [K in MessageKey]: (typeof en)[K] extends string ? K : never }[MessageKey];
/** Keys whose value depends on a count ({ one, other }). */
export type PluralKey = Exclude<MessageKey, TextKey>;
export type Messages = { [K in MessageKey]: K extends TextKey ? string : PluralForms };
