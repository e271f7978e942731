import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './launch';

/**
 * A launcher that runs Chromium with its profile on a disk of `megabytes` (a tmpfs mounted over
 * the profile folder in a mount namespace of its own, so nothing outside the browser sees it; an
 * unprivileged user namespace is enough, no root needed). It is how a test fills storage for real:
 * Chromium gives an extension's origin a quota of "what it uses plus the free disk" and ignores
 * DevTools' Storage.overrideQuotaForOrigin for it, so only a small disk makes IndexedDB refuse a
 * write with QuotaExceededError, as on a user's full disk.
 */
export function smallDiskChromium(megabytes: number): string {
  const wrapper = join(mkdtempSync(join(tmpdir(), 'claimkit-small-disk-')), 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh
# Playwright passes the profile as --user-data-dir=<folder>; the small disk is mounted there.
profile=""
for arg in "$@"; do case "$arg" in --user-data-dir=*) profile="\${arg#--user-data-dir=}";; esac; done
[ -n "$profile" ] || { echo "no --user-data-dir" >&2; exit 2; }
exec unshare --user --map-root-user --mount sh -c 'mount -t tmpfs -o size=${megabytes}m tmpfs "$0" && exec "$@"' "$profile" ${JSON.stringify(CHROMIUM)} "$@"
`,
    { mode: 0o755 },
  );
  return wrapper;
}
