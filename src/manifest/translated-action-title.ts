import { manifestMessage } from '../i18n/manifest-messages';

interface WithAction {
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
}

/**
 * WXT writes the popup's <title> ("ClaimKit", untranslatable HTML) as the toolbar button's
 * default_title, over what buildManifest set. Run as the 'build:manifestGenerated' hook, this puts
 * the translated title (_locales › actionTitle) back, on MV3's action and MV2's browser_action alike.
 */
export function translateActionTitle(_wxt: unknown, manifest: WithAction): void {
  for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = manifestMessage('actionTitle');
}
