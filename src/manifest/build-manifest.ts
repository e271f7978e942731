/**
 * The manifest fields we own (WXT adds entrypoints, content scripts and icons).
 * Every permission here must be explained in README.md: tests/conventions.test.ts
 * compares the built manifest with permissions-allowlist.json and the README.
 */
export interface ManifestInput {
  browser: string;
  mode: string;
}

export function buildManifest({ browser, mode }: ManifestInput) {
  // Each permission is explained in README.md › Permissions; permissions-allowlist.json pins them.
  const permissions: string[] = ['alarms', 'activeTab', 'scripting', 'contextMenus'];
  const optionalPermissions: string[] = ['notifications'];
  return {
    name: 'ClaimKit',
    description:
      'Win marketplace disputes: reads the order, keeps the proof, counts down the deadline, writes the complaint. Nothing leaves your computer.',
    permissions,
    optional_permissions: optionalPermissions,
    commands: {
      'capture-visible': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Capture the visible area as evidence' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'claimkit@claimkit.invalid', strict_min_version: '115.0' } } }
      : {}),
    // Test-only power (README › Tests): the e2e build may capture any tab without a toolbar click,
    // because a test cannot click the real toolbar icon to grant activeTab.
    ...(mode === 'e2e' ? { host_permissions: ['<all_urls>'] } : {}),
  };
}
