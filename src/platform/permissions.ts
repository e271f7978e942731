import { browser } from 'wxt/browser';

/** Whether the user has allowed notifications (an optional permission). */
export function hasNotificationPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] });
}

/** Asks for the notification permission; must run in a user gesture (a click in our page). */
export function requestNotificationPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

/**
 * Asks for the marketplace's image servers before a capture that may be re-drawn. Must be called
 * first thing in the click handler (a user gesture). A refusal is an answer, not an error.
 */
export async function requestImageHosts(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.request({ origins: [...origins] });
  } catch {
    return false;
  }
}
