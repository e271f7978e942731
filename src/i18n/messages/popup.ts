import { defineMessages } from '../define-messages';

/** The popup's order, deadline and evidence panels. */
export const popupMessages = defineMessages(
  {
    popupNavLabel: 'ClaimKit pages',
  },
  {
    popupNavLabel: 'Страницы ClaimKit',
  },
);
