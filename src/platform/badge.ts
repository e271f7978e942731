import { browser } from 'wxt/browser';
import type { BadgeState } from '../model/badge';

/** Colour carries urgency, but never alone: the text (days, "!") and the title say it too. */
const COLORS: Record<BadgeState['urgency'], string> = {
  passed: '#6b7280',
  critical: '#b91c1c',
  soon: '#c2410c',
  later: '#15803d',
  none: '#4b5563',
};

// MV3 has `action`; Firefox MV2 has `browserAction` with the same badge API.
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export async function setTabBadge(tabId: number, badge: BadgeState | null): Promise<void> {
  const action = actionApi();
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  await action.setTitle({ tabId, title: badge?.title ?? 'ClaimKit' });
  if (badge) await action.setBadgeBackgroundColor({ tabId, color: COLORS[badge.urgency] });
}
