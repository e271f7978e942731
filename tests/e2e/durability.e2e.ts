import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/evidence/case-import';
import { verifyLog } from '../../src/core/evidence/custody-log';
import { replayLog } from '../../src/core/evidence/custody-state';
import { backupManifestSchema, caseManifestSchema } from '../../src/model/case-manifest';
import { custodyEntrySchema } from '../../src/model/custody';
import { openPopupWindow, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { E2E_EXTENSION, launchExtension, type LaunchedExtension } from './launch';
import { serveFixtures } from './serve-fixtures';
import { smallDiskChromium } from './small-disk';
import { outcomeNow, textNow } from './read-now';

// Issue 8 (durability) in real Chromium: the service worker stopped in the middle of a stitched
// capture, the whole browser killed in the middle of an export, a backup with one damaged file, a
// disk that is really full, and the extension pages' Content-Security-Policy.
const ORDER_ID = '3052219904417382';
const ORDER_KEY = `aliexpress:${ORDER_ID}`;
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const CASE_NAME = `AliExpress order ${ORDER_ID}`;
const STORAGE_FULL = /ClaimKit could not save: the browser says its storage is full\. Nothing was half-saved and your earlier evidence is intact/;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' }]);
  ext = await launchExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface StoredState {
  evidence: { id: string; orderKey: string | null; kind: string; sha256: string; size: number }[];
  /** Facts about each blob row's bytes, computed in the browser. */
  blobs: { id: string; sha256: string; size: number }[];
  custody: Record<string, unknown>[];
}

/** Every evidence row, blob row and custody line of ClaimKit's database, read in an extension page. */
function readState(page: Page): Promise<StoredState> {
  return page.evaluate(
    () =>
      new Promise<StoredState>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['evidence', 'blobs', 'custody']);
          tx.onerror = () => reject(new Error(String(tx.error)));
          const evidence = tx.objectStore('evidence').getAll();
          const blobs = tx.objectStore('blobs').getAll();
          const custody = tx.objectStore('custody').getAll();
          tx.oncomplete = () => {
            db.close();
            const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
            void Promise.all(
              (blobs.result as { id: string; blob: Blob }[]).map(async ({ id, blob }) => ({ id, size: blob.size, sha256: hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())) })),
            ).then(
              (facts) => resolve({ evidence: evidence.result as StoredState['evidence'], blobs: facts, custody: custody.result as Record<string, unknown>[] }),
              reject,
            );
          };
        };
      }),
  );
}

/**
 * The invariants of src/platform/db: an evidence row and its bytes exist together or not at all,
 * the bytes hash to what the row records, and every case's custody log is an intact chain in which
 * every item it counts as present is stored (a line is written only after its item).
 */
async function expectConsistent(state: StoredState): Promise<void> {
  const ids = state.evidence.map((e) => e.id).sort();
  expect(state.blobs.map((b) => b.id).sort(), 'no row without its bytes, no bytes without a row').toEqual(ids);
  for (const item of state.evidence) expect(state.blobs.find((b) => b.id === item.id), item.id).toMatchObject({ sha256: item.sha256, size: item.size });
  for (const caseKey of new Set(state.custody.map((row) => row.caseKey as string))) {
    const log = state.custody.filter((row) => row.caseKey === caseKey).map((row) => custodyEntrySchema.parse(row));
    expect(await verifyLog(log), `custody log of ${caseKey}`).toEqual([]);
    const present = [...replayLog(log).items].filter(([, item]) => item.present).map(([id]) => id);
    const stored = state.evidence.filter((e) => (e.orderKey ?? 'unassigned') === caseKey).map((e) => e.id);
    expect(present.filter((id) => !stored.includes(id)), `items the log of ${caseKey} holds but the locker does not`).toEqual([]);
  }
}

/** Stops every service worker of the profile, as Chrome does to an idle or misbehaving one. */
async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('a service worker killed in the middle of a capture', () => {
  it('leaves nothing half-written, and the next capture works and shows the page as it is', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 800, height: 150 });
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, ORDER_KEY), 'the order');
    // A fixed bar, as the sticky header of the real AliExpress page (the fixture was trimmed of it):
    // a stitched capture hides it after the first screen and must show it again afterwards.
    await page.evaluate(() => {
      const bar = document.createElement('div');
      bar.id = 'fixed-bar';
      bar.style.cssText = 'position:fixed;top:0;left:0;right:0;height:20px;background:rgb(255,0,0);z-index:99';
      document.body.append(bar);
    });
    expect(await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight)).toBeGreaterThan(2); // three screens at least
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, ORDER_URL));
    await popup.getByRole('button', { name: 'Capture visible area' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot \(visible area/);
    await expect.poll(async () => (await readState(popup)).custody.length).toBe(2); // the screenshot and its page snapshot, each logged
    const before = await readState(popup);
    await expectConsistent(before);

    await popup.getByRole('button', { name: 'Capture full page' }).click();
    // Part-way: the second screen is being taken (fixed elements are hidden from the second on).
    await page.waitForFunction(() => document.querySelector('[data-claimkit-visibility]') !== null, null, { polling: 10, timeout: 10_000 });
    await stopServiceWorkers(page);
    await expect.poll(() => textNow(popup.getByRole('alert')), { timeout: 10_000 }).toMatch(/ClaimKit stopped before it answered/);
    expect(await popup.getByRole('status').count()).toBe(0);
    const after = await readState(popup);
    expect(after).toEqual(before); // no row, no bytes, no custody line of the capture that did not finish
    // The worker never restored the page: the fixed bar is still hidden by the dead capture.
    expect(await page.evaluate(() => document.getElementById('fixed-bar')!.style.visibility)).toBe('hidden');

    // The popup's next message starts a new worker; the capture works.
    await popup.getByRole('button', { name: 'Capture full page' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 30_000 }).toMatch(/^Saved: Screenshot \(full page, pixel-exact/);
    await expect.poll(async () => (await readState(popup)).custody.length).toBe(4);
    const final = await readState(popup);
    await expectConsistent(final);
    expect(final.evidence.map((e) => e.kind).sort()).toEqual(['page-snapshot', 'page-snapshot', 'screenshot-full-stitched', 'screenshot-visible']);
    // The page is the user's again: the bar is back, and the new capture shows it once, on the first screen.
    expect(await page.evaluate(() => [document.getElementById('fixed-bar')!.style.visibility, document.querySelectorAll('[data-claimkit-visibility]').length])).toEqual(['', 0]);
    const full = final.evidence.find((e) => e.kind === 'screenshot-full-stitched')!;
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    expect(await redRows(popup, full.id)).toEqual({ first: 0, count: Math.round(20 * dpr) });
    await popup.close();
    await page.close();
  });
});

/** Where the red bar is in a stored PNG: its first row and how many rows are red (middle column). */
function redRows(page: Page, id: string): Promise<{ first: number; count: number }> {
  return page.evaluate(
    (evidenceId) =>
      new Promise<{ first: number; count: number }>((resolve, reject) => {
        const open = indexedDB.open('claimkit');
        open.onsuccess = () => {
          const get = open.result.transaction('blobs').objectStore('blobs').get(evidenceId);
          get.onerror = () => reject(new Error(String(get.error)));
          get.onsuccess = async () => {
            open.result.close();
            const bitmap = await createImageBitmap((get.result as { blob: Blob }).blob).catch((error: unknown) => {
              reject(error instanceof Error ? error : new Error(String(error)));
              return null;
            });
            if (!bitmap) return;
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            const column = context.getImageData(Math.floor(bitmap.width / 2), 0, 1, bitmap.height).data;
            let first = -1;
            let count = 0;
            for (let y = 0; y < bitmap.height; y++) {
              const red = column[y * 4]! > 200 && column[y * 4 + 1]! < 60 && column[y * 4 + 2]! < 60;
              if (red && first < 0) first = y;
              if (red) count++;
            }
            resolve({ first, count });
          };
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    id,
  );
}

/** Random bytes made in the page (not sent over the wire): deflate cannot shrink them, so zipping takes a while. */
async function dropRandomFiles(page: Page, region: string, count: number, megabytes: number): Promise<void> {
  await page.getByRole('region', { name: region }).evaluate(
    (section, [n, mb]) => {
      const transfer = new DataTransfer();
      for (let i = 0; i < n; i++) {
        const bytes = new Uint8Array(mb * 1024 * 1024);
        for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
        transfer.items.add(new File([bytes], `measurements-${i + 1}.bin`, { type: 'application/octet-stream' }));
      }
      section.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [count, megabytes] as const,
  );
}

const lockerUrl = () => `chrome-extension://${ext.extensionId}/evidence.html`;

describe('a backup with one damaged file', () => {
  it('restores everything else into a fresh profile and names the damaged file', async () => {
    const source = await ext.context.newPage();
    await source.goto(lockerUrl());
    const [download] = await Promise.all([source.waitForEvent('download', { timeout: 30_000 }), source.getByRole('button', { name: 'Export everything' }).click()]);
    const backup = new Uint8Array(readFileSync(await download.path()));
    await source.close();
    const files = unzipSync(backup);
    const top = backupManifestSchema.parse(JSON.parse(new TextDecoder().decode(files['manifest.json'])));
    const folder = top.cases.find((c) => c.orderKey === ORDER_KEY)!.folder;
    const manifest = caseManifestSchema.parse(JSON.parse(new TextDecoder().decode(files[`${folder}/manifest.json`])));
    const evidence = manifest.files.filter((f) => f.role === 'evidence');
    const damaged = `${folder}/${evidence.find((f) => f.evidence?.kind === 'screenshot-visible')!.path}`;
    // One byte of the stored PNG flipped inside the ZIP itself, as a bad disk sector would: the ZIP's
    // own CRC-32 no longer matches that entry.
    const at = findEntryData(backup, damaged) + 100;
    const broken = backup.slice();
    broken[at]! ^= 0xff;

    const fresh = await launchExtension(server.port);
    try {
      const locker = await fresh.context.newPage();
      await locker.goto(`chrome-extension://${fresh.extensionId}/evidence.html`);
      await locker.getByLabel('Import a case or backup').setInputFiles({ name: 'claimkit-backup.zip', mimeType: 'application/zip', buffer: Buffer.from(broken) });
      const result = locker.getByRole('region', { name: 'Import of claimkit-backup.zip' });
      await expect.poll(() => result.isVisible(), { timeout: 30_000 }).toBe(true);
      const problems = await result.getByRole('list', { name: 'Import problems' }).textContent();
      expect(problems).toContain(`${damaged}: fails its CRC-32 check`);
      const added = evidence.length - 1;
      await expect.poll(() => textNow(result)).toContain(`${added} ${added === 1 ? 'item' : 'items'} added (${added} to ${CASE_NAME})`);
      const restored = await readState(locker);
      await expectConsistent(restored);
      const expected = evidence.filter((f) => `${folder}/${f.path}` !== damaged);
      expect(restored.evidence.map((e) => e.sha256).sort()).toEqual(expected.map((f) => f.sha256).sort());
      expect(restored.evidence.every((e) => e.orderKey === ORDER_KEY)).toBe(true);
      expect(await readStoredOrder(fresh.worker, ORDER_KEY)).toMatchObject({ orderId: ORDER_ID });
      // The locker shows them in the restored case.
      await locker.reload();
      await expect.poll(() => locker.getByRole('region', { name: CASE_NAME }).getByRole('article').count()).toBe(expected.length);
    } finally {
      await fresh.close();
    }
  });
});

/** Where an entry's data starts in a ZIP (from its local header), for damaging it in place. */
function findEntryData(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 30 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const found = zip.subarray(at + 30, at + 30 + nameLength);
    if (nameLength === wanted.length && found.every((byte, i) => byte === wanted[i])) return at + 30 + nameLength + view.getUint16(at + 28, true);
  }
  throw new Error(`${name} is not in the ZIP`);
}

describe('the browser killed in the middle of an export', () => {
  it('leaves no file and no custody line claiming an export, and the export works on retry', async () => {
    const locker = await ext.context.newPage();
    await locker.goto(lockerUrl());
    // Enough that zipping takes a while: deflate cannot shrink random bytes and works hard at trying.
    await dropRandomFiles(locker, CASE_NAME, 2, 8);
    await expect.poll(() => textNow(locker.getByRole('status')), { timeout: 30_000 }).toBe(`Added 2 files to ${CASE_NAME}.`);
    const itemCount = await locker.getByRole('region', { name: CASE_NAME }).getByRole('article').count();
    const exportedBefore = (await readState(locker)).custody.filter((row) => row.kind === 'exported');
    const downloads: Download[] = [];
    locker.on('download', (download) => downloads.push(download));
    await locker.getByRole('region', { name: CASE_NAME }).getByRole('button', { name: 'Export case (ZIP)' }).click();
    // The ZIP is built in one long synchronous step on the page's main thread: when the page stops
    // answering, the export is part-way (its files read and hashed, the ZIP not yet made).
    await waitFor(async () => {
      if (downloads.length > 0) throw new Error('the export finished before the browser was killed: give it more to zip');
      return (await answersWithin(locker, 250)) ? null : true;
    }, 'the export to be zipping', 30_000).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; the locker says: ${(await locker.locator('[role=status], [role=alert]').allTextContents()).join(' | ')}`);
    });
    await killBrowser(ext);
    expect(downloads).toEqual([]);

    ext = await launchExtension(server.port, { profile: ext.profile });
    const retry = await ext.context.newPage();
    await retry.goto(lockerUrl());
    const exportedLines = async () => (await readState(retry)).custody.filter((row) => row.kind === 'exported');
    expect(await exportedLines()).toEqual(exportedBefore);
    await expectConsistent(await readState(retry));

    const [download] = await Promise.all([
      retry.waitForEvent('download', { timeout: 60_000 }),
      retry.getByRole('region', { name: CASE_NAME }).getByRole('button', { name: 'Export case (ZIP)' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    const imported = await importCase(new Uint8Array(readFileSync(await download.path())));
    expect(imported.problems).toEqual([]);
    expect(imported.evidence).toHaveLength(itemCount);
    // The case's log holds the backup's export (above) and this one, and nothing of the killed one.
    const lines = [...exportedBefore.map((row) => row.detail), download.suggestedFilename()];
    expect(imported.custodyLog?.filter((e) => e.kind === 'exported').map((e) => e.detail)).toEqual(lines);
    expect((await exportedLines()).map((row) => row.detail)).toEqual(lines);
    await retry.close();
  });
});

/** Whether the page runs a script within `ms` (false: its main thread is busy with a long task). */
async function answersWithin(page: Page, ms: number): Promise<boolean> {
  const answer = page.evaluate(() => true).catch(() => true);
  return Promise.race([answer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

/** Kills the whole browser at once (SIGKILL), as a crash or a power cut would: no page finishes anything. */
async function killBrowser(launched: LaunchedExtension): Promise<void> {
  const closed = launched.context.waitForEvent('close');
  // The browser's own processes are the ones started with its profile (Linux: /proc).
  const flag = `--user-data-dir=${launched.profile}`;
  const pids = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && commandLine(pid).includes(flag));
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
  await closed;
}

function commandLine(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return []; // gone meanwhile
  }
}

describe('a full disk', () => {
  it('refuses a new capture and a new file with the clear message, and keeps earlier evidence whole', async () => {
    const smallDisk = smallDiskChromium(64);
    const full = await launchExtension(server.port, { executablePath: smallDisk.executablePath });
    try {
      const page = await full.context.newPage();
      await page.goto(ORDER_URL);
      await waitFor(() => readStoredOrder(full.worker, ORDER_KEY), 'the order');
      const popup = await openPopupWindow(full, await tabIdOf(full.worker, ORDER_URL));
      await popup.getByRole('button', { name: 'Capture visible area' }).click();
      await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot/);
      await expect.poll(async () => (await readState(popup)).custody.length).toBe(2);
      const earlier = await readState(popup);

      // Fill the disk from the extension's own origin (another database, as big videos would)
      // until IndexedDB refuses even a small write.
      const filled = await popup.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('disk-filler');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onupgradeneeded = () => open.result.createObjectStore('chunks', { autoIncrement: true });
          open.onsuccess = () => resolve(open.result);
        });
        let total = 0;
        for (const size of [4 << 20, 1 << 20, 256 << 10, 64 << 10, 16 << 10]) {
          for (;;) {
            const bytes = new Uint8Array(size);
            for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
            const error = await new Promise<string | null>((resolve) => {
              const tx = db.transaction('chunks', 'readwrite');
              tx.objectStore('chunks').add(new Blob([bytes]));
              tx.oncomplete = () => resolve(null);
              tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
            });
            if (error === 'QuotaExceededError') break;
            if (error) throw new Error(error);
            total += size;
          }
        }
        db.close();
        return total;
      });
      console.log(`filled the 64 MB disk with ${(filled / 1024 / 1024).toFixed(1)} MB`);

      await popup.getByRole('button', { name: 'Capture visible area' }).click();
      await expect.poll(() => textNow(popup.getByRole('alert')), { timeout: 15_000 }).toMatch(STORAGE_FULL);

      const locker = await full.context.newPage();
      await locker.goto(`chrome-extension://${full.extensionId}/evidence.html`);
      await locker.getByLabel('Add to').selectOption({ label: CASE_NAME });
      const photo = readFileSync(resolve(import.meta.dirname, '../fixtures/images/product-photo.png'));
      await locker.getByLabel('Add photos or videos').setInputFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: Buffer.concat([photo, Buffer.alloc(512 * 1024)]) });
      await expect.poll(() => textNow(locker.getByRole('alert')), { timeout: 15_000 }).toMatch(/^Not added: parcel\.png \(ClaimKit could not save: the browser says its storage is full/);

      // What was saved before is all there, its bytes still hash to what was recorded.
      const now = await readState(locker);
      await expectConsistent(now);
      expect(now.evidence).toEqual(earlier.evidence);
      expect(now.blobs).toEqual(earlier.blobs);
      expect(now.custody).toEqual(earlier.custody);
      await expect.poll(() => locker.getByRole('region', { name: CASE_NAME }).getByRole('article').count()).toBe(earlier.evidence.length);

      // Space freed: the same capture works again.
      await popup.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('disk-filler').onsuccess = resolve)));
      await popup.getByRole('button', { name: 'Capture visible area' }).click();
      await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot/);
      await expectConsistent(await readState(popup));
    } finally {
      await full.close();
      smallDisk.dispose();
    }
  });
});

describe('the extension pages’ Content-Security-Policy', () => {
  it('is declared strict in the manifest and enforced: no eval, no inline or remote script', async () => {
    const manifest = JSON.parse(readFileSync(resolve(E2E_EXTENSION, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } };
    expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'");
    const locker = await ext.context.newPage();
    await locker.goto(lockerUrl());
    await locker.getByRole('heading', { level: 1 }).waitFor();
    const outcome = await locker.evaluate(async (remote) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
      // From a task of the page's own: code DevTools evaluates may eval whatever the policy says.
      const evaluated = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String((0, eval)('"eval ran"')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.body.append(inline);
      const external = document.createElement('script');
      external.src = remote;
      const loaded = new Promise<string>((resolve) => {
        external.onload = () => resolve('loaded');
        external.onerror = () => resolve('blocked');
      });
      document.body.append(external);
      const result = await loaded;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { evaluated, inline: (window as { inlineRan?: boolean }).inlineRan ?? false, external: result, violations };
    }, ORDER_URL);
    expect(outcome).toMatchObject({ evaluated: 'EvalError', inline: false, external: 'blocked' });
    expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? (eval|inline)$/), expect.stringMatching(/^script-src(-elem)? http:\/\/www\.aliexpress\.com/)]));
    await locker.close();
  });
});
