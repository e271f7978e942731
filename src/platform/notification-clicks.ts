import { browser } from 'wxt/browser';

export interface NotificationClickHandlers {
  /** The body was clicked (or "Open order"). */
  open(notificationId: string): Promise<void>;
  snooze(notificationId: string): Promise<void>;
}

/** Notification clicks and buttons (buttons exist in Chrome only; Firefox users snooze in the popup). */
export function listenToNotificationClicks(handlers: NotificationClickHandlers): void {
  if (!browser.notifications?.onClicked) return;
  browser.notifications.onClicked.addListener((id) => {
    void handlers.open(id).then(() => browser.notifications.clear(id));
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    void (index === 0 ? handlers.open(id) : handlers.snooze(id)).then(() => browser.notifications.clear(id));
  });
}
