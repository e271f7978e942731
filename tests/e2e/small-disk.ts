import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './launch';

/**
 * A launcher that runs Chromium with its profile on a disk of `megabytes`: a tmpfs mounted over the
 * profile folder in a mount namespace of its own, so nothing outside the browser sees it (an
 * unprivileged user namespace is enough, no root needed). It is how a test fills storage for real:
 * Chromium gives an extension's origin a quota of "what it uses plus headroom", ignores DevTools'
 * Storage.overrideQuotaForOrigin for it, and refuses an IndexedDB write with QuotaExceededError
 * only when the disk itself is short, as on a user's full disk.
 * Throws, saying why, when this system does not allow such namespaces.
 */
export function smallDiskChromium(megabytes: number): { executablePath: string; dispose(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'claimkit-small-disk-'));
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$0"', folder], { stdio: 'pipe' });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The full-disk test needs \`unshare --user --mount\` (util-linux) and unprivileged user namespaces: ${reason}`);
  }
  const executablePath = join(folder, 'chromium');
  writeFileSync(
    executablePath,
    `#!/bin/sh
# Playwright passes the profile as --user-data-dir=<folder>; the small disk is mounted there.
profile=""
for arg in "$@"; do case "$arg" in --user-data-dir=*) profile="\${arg#--user-data-dir=}";; esac; done
[ -n "$profile" ] || { echo "no --user-data-dir" >&2; exit 2; }
exec unshare --user --map-root-user --mount sh -c 'mount -t tmpfs -o size=${megabytes}m tmpfs "$0" && exec "$@"' "$profile" ${JSON.stringify(CHROMIUM)} "$@"
`,
    { mode: 0o755 },
  );
  return { executablePath, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
