/** A notification ClaimKit shows (reminders and missed-deadline summaries). */
export interface ReminderNotification {
  id: string;
  title: string;
  message: string;
  /** The order the notification is about (a click opens it); absent for a summary of several. */
  orderKey?: string;
  /** Offer "Open order" and "Snooze 1 day" where the browser supports buttons (Chrome). */
  actions: boolean;
  /** The two buttons' titles in the user's language ("Open order", "Snooze 1 day"); English when absent. */
  buttonTitles?: readonly [open: string, snooze: string];
}
