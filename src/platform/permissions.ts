import { browser } from 'wxt/browser';

/** Whether the user has allowed notifications (an optional permission). */
export function hasNotificationPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] });
}

/** Asks for the notification permission; must run in a user gesture (a click in our page). */
export function requestNotificationPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}
