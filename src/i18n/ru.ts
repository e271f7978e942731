import type { Messages } from './en';
import { complaintMessages } from './messages/complaint';
import { lockerMessages } from './messages/locker';
import { pagesMessages } from './messages/pages';
import { popupMessages } from './messages/popup';
import { welcomeMessages } from './messages/welcome';

/** Russian UI strings: the Russian side of every area in messages/. */
export const ru: Messages = {
  ...pagesMessages.ru,
  ...popupMessages.ru,
  ...lockerMessages.ru,
  ...complaintMessages.ru,
  ...welcomeMessages.ru,
};
