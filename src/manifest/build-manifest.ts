/**
 * The manifest fields we own (WXT adds entrypoints, content scripts and icons).
 * Every permission here must be explained in README.md: tests/conventions.test.ts
 * compares the built manifest with permissions-allowlist.json and the README.
 */
import { manifestMessage } from '../i18n/manifest-messages';
import { MARKETPLACE_IMAGE_HOSTS } from '../model/marketplace';

export interface ManifestInput {
  browser: string;
  mode: string;
}

/**
 * The extension pages' Content-Security-Policy (popup, options, locker), stricter than the MV3
 * default (`script-src 'self' 'wasm-unsafe-eval'; object-src 'self'`): only our own bundled scripts,
 * no eval or WebAssembly compilation, no inline or remote script, no plugins, no <base> that could
 * redirect relative URLs. Pages show page text and user files; this is the wall if one ever slips
 * past the no-innerHTML rule. WXT writes it as MV2's string for Firefox, and widens it for its dev
 * server in `wxt dev` only. Checked by build-manifest.test.ts and tests/e2e/durability.e2e.ts.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

export function buildManifest({ browser, mode }: ManifestInput) {
  // Each permission is explained in README.md › Permissions; permissions-allowlist.json pins them.
  // pageCapture (MHTML snapshots) is Chrome's; Firefox has no such API and serialises the DOM instead.
  const permissions: string[] = ['alarms', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['pageCapture'])];
  const optionalPermissions: string[] = ['notifications'];
  const imageHosts = Object.values(MARKETPLACE_IMAGE_HOSTS).flatMap((hosts) => [...(hosts ?? [])]);
  return {
    // The words are in _locales/<lang>/messages.json (src/i18n/manifest-messages.ts, written by wxt.config.ts).
    default_locale: 'en',
    name: manifestMessage('extName'),
    description: manifestMessage('extDescription'),
    // The toolbar button's title is set after WXT adds the popup: translated-action-title.ts.
    permissions,
    // MV2 (Firefox) lists optional hosts among the optional permissions.
    ...(browser === 'firefox' ? { optional_permissions: [...optionalPermissions, ...imageHosts] } : { optional_permissions: optionalPermissions, optional_host_permissions: imageHosts }),
    // No web_accessible_resources: the reader bundles are injected as content scripts on the order
    // pages (reader-content-scripts.ts), so no page can load or probe for any file of ours.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'capture-visible': { suggested_key: { default: 'Alt+Shift+S' }, description: manifestMessage('commandCaptureVisible') },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'claimkit@claimkit.invalid', strict_min_version: '115.0' } } }
      : {}),
    // Test-only powers (README › Tests): a test cannot click the toolbar icon (activeTab) nor
    // accept Chrome's permission prompt, so the e2e build has <all_urls> and notifications outright.
    ...(mode === 'e2e' ? { host_permissions: ['<all_urls>'], permissions: [...permissions, 'notifications'], optional_permissions: [], optional_host_permissions: [] } : {}),
  };
}
