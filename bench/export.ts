// Export speed (issue #4): core exportCase on a ~100 MB case (50 screenshots of 2 MB of random
// bytes, which do not compress, like real PNGs), in Node: hashing every file, the manifest, the
// printable report and the ZIP. The locker runs the same code in the browser.
import { randomBytes } from 'node:crypto';
import { appendEvent, exportCase, sha256Hex } from '../src/core/evidence';
import type { Evidence } from '../src/model/evidence';
import type { CustodyLog } from '../src/model/custody';
import { fakeOrder } from '../tests/support/builders';

export async function benchExport(): Promise<{ megabytes: number; seconds: number; mbPerSecond: number }> {
  const items: { meta: Evidence; bytes: Uint8Array }[] = [];
  let log: CustodyLog = [];
  for (let i = 0; i < 50; i++) {
    const bytes = new Uint8Array(randomBytes(2 * 1024 * 1024));
    const meta: Evidence = {
      id: `shot-${i}`,
      orderKey: 'aliexpress:8181234567890123',
      kind: 'screenshot-visible',
      mime: 'image/png',
      size: bytes.length,
      sha256: await sha256Hex(bytes),
      url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
      capturedAt: new Date(Date.UTC(2026, 10, 24, 10, 0, i)).toISOString(),
      note: '',
    };
    items.push({ meta, bytes });
    log = await appendEvent(log, { at: meta.capturedAt, kind: 'captured', evidenceId: meta.id, sha256: meta.sha256 });
  }
  const megabytes = items.reduce((sum, item) => sum + item.bytes.length, 0) / 1024 / 1024;
  const start = performance.now();
  const zip = await exportCase({ order: fakeOrder(), evidence: items, custodyLog: log, now: new Date(), timeZone: 'Europe/Moscow', locale: 'en-GB' });
  const seconds = (performance.now() - start) / 1000;
  if (zip.length < megabytes * 1024 * 1024) throw new Error('the export is smaller than its evidence: something was left out');
  return { megabytes, seconds, mbPerSecond: megabytes / seconds };
}
