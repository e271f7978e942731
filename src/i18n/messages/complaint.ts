import { defineMessages } from '../define-messages';

/** The complaint builder (popup and locker). */
export const complaintMessages = defineMessages(
  {
    complaintTitle: 'Complaint',
  },
  {
    complaintTitle: 'Претензия',
  },
);
