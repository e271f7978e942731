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
  const permissions: string[] = ['storage'];
  return {
    name: 'ClaimKit',
    description:
      'Win marketplace disputes: reads the order, keeps the proof, counts down the deadline, writes the complaint. Nothing leaves your computer.',
    permissions,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'claimkit@claimkit.invalid', strict_min_version: '115.0' } } }
      : {}),
    // The e2e build is the same extension; 'e2e' only exists so tests can add powers they need
    // (none yet) without touching the production manifest.
    ...(mode === 'e2e' ? {} : {}),
  };
}
