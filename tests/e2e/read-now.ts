import type { Locator, Page } from 'playwright-core';

// Reads for expect.poll. Playwright's locator.textContent() waits up to its 30 s default for the
// element to appear, and expect.poll cannot interrupt a read in progress: one poll of a status that
// never comes outlasts the poll's own timeout and then the test's, which fails with no step named.
// These read what is on the page now and return at once.

/** What the locator's elements say now, joined; '' when there are none. Never waits. */
export async function textNow(locator: Locator): Promise<string> {
  return (await locator.allTextContents()).join('\n');
}

/**
 * What an action in an extension page came to, now: its status (success) and its alert (refusal),
 * so a poll for "Saved" that gets a refusal fails with the refusal's words, not an empty string.
 */
export async function outcomeNow(page: Page): Promise<string> {
  const [status, alert] = await Promise.all([textNow(page.getByRole('status')), textNow(page.getByRole('alert'))]);
  return [status, alert].filter(Boolean).join(' | ');
}
