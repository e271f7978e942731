import { browser } from 'wxt/browser';
import type { ReminderNotification } from '../model/notification';

/** notification-clicks.ts reads a click on the first as "open", on the second as "snooze". */
export const NOTIFICATION_BUTTONS = ['Open order', 'Snooze 1 day'] as const;

/**
 * Shows a notification. Returns false when the user has not allowed notifications (an optional
 * permission, asked for when reminders are turned on): the badge still tells them.
 */
export async function showNotification(n: ReminderNotification): Promise<boolean> {
  // Without the permission the API is absent (Chrome) or refuses (Firefox).
  if (!browser.notifications?.create) return false;
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: n.title,
    message: n.message,
    priority: 2,
  };
  try {
    await browser.notifications.create(n.id, n.actions ? { ...base, buttons: (n.buttonTitles ?? NOTIFICATION_BUTTONS).map((title) => ({ title })) } : base);
  } catch {
    // Firefox has no notification buttons: the click opens the order, snoozing is in the popup.
    try {
      await browser.notifications.create(n.id, base);
    } catch {
      return false;
    }
  }
  return true;
}
