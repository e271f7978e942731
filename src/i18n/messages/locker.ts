import { defineMessages } from '../define-messages';

/** The evidence locker page (entrypoints/evidence). */
export const lockerMessages = defineMessages(
  {
    lockerTitle: 'Evidence locker',
  },
  {
    lockerTitle: 'Хранилище доказательств',
  },
);
