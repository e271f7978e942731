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
  const permissions: string[] = ['alarms'];
  const optionalPermissions: string[] = ['notifications'];
  return {
    name: 'ClaimKit',
    description:
      'Win marketplace disputes: reads the order, keeps the proof, counts down the deadline, writes the complaint. Nothing leaves your computer.',
    permissions,
    optional_permissions: optionalPermissions,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'claimkit@claimkit.invalid', strict_min_version: '115.0' } } }
      : {}),
    // The e2e build ('--mode e2e') is where a test-only power would go; it has none today.
    ...(mode === 'e2e' ? {} : {}),
  };
}
