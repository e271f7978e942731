import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/evidence/case-import';
import { caseManifestSchema } from '../../src/model/case-manifest';
import { openPopupWindow, readStoredEvidence, readStoredOrder, tabIdOf, waitFor } from './extension-state';
import { launchExtension, type LaunchedExtension } from './launch';
import { FIXTURES, serveFixtures } from './serve-fixtures';
import { outcomeNow, textNow } from './read-now';

// Issues 4 and 10 end to end, in the locker page (chrome-extension://ID/evidence.html): a capture
// from the popup and a photo added from disk are shown with their custody timeline; the case
// exported as a ZIP verifies (node importCase, verify-case), its report renders in Chromium, and
// one changed byte is named by verify-case and by the locker's own import.
const ORDER_ID = '3052219904417382';
const ORDER_KEY = `aliexpress:${ORDER_ID}`;
const ORDER_URL = `http://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const CASE_NAME = `AliExpress order ${ORDER_ID}`;
const PHOTO = readFileSync(resolve(FIXTURES, 'images/product-photo.png'));
const TMP = resolve(import.meta.dirname, '../../.tmp');
const ROOT = resolve(import.meta.dirname, '../..');

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ext: LaunchedExtension;
let locker: Page;
let captured: string[] = [];

beforeAll(async () => {
  server = await serveFixtures([{ host: 'www.aliexpress.com', path: '/p/order/detail.html', file: 'aliexpress/order-detail-global-en.html' }]);
  ext = await launchExtension(server.port);
  mkdirSync(TMP, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function verifyCase(zipPath: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('npx', ['tsx', 'scripts/verify-case.ts', zipPath], { cwd: ROOT, encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the evidence locker', () => {
  it('shows a captured screenshot and an added photo with the case’s custody timeline', async () => {
    const page = await ext.context.newPage();
    await page.goto(ORDER_URL);
    await waitFor(() => readStoredOrder(ext.worker, ORDER_KEY), 'the order');
    const popup = await openPopupWindow(ext, await tabIdOf(ext.worker, ORDER_URL));
    await popup.getByRole('button', { name: 'Capture visible area' }).click();
    await expect.poll(() => outcomeNow(popup), { timeout: 15_000 }).toMatch(/^Saved: Screenshot/);
    await popup.close();
    // A capture of a marketplace page brings the page's snapshot along (issue 10); the locker shows both.
    captured = (await readStoredEvidence(ext.worker)).map((e) => e.meta.kind as string).sort();
    expect(captured).toEqual(['page-snapshot', 'screenshot-visible']);
    const snapshot = true;

    locker = await ext.context.newPage();
    await locker.goto(`chrome-extension://${ext.extensionId}/evidence.html`);
    const theCase = locker.getByRole('region', { name: CASE_NAME });
    await expect.poll(() => theCase.getByRole('article').count()).toBe(captured.length);
    expect(await theCase.getByRole('article', { name: /^Screenshot \(visible area/ }).count()).toBe(1);
    expect(await theCase.getByRole('article', { name: /^Page snapshot/ }).count()).toBe(snapshot ? 1 : 0);

    await locker.getByLabel('Add to').selectOption({ label: CASE_NAME });
    await locker.getByLabel('Add photos or videos').setInputFiles({ name: 'parcel as received.png', mimeType: 'image/png', buffer: PHOTO });
    await expect.poll(() => textNow(locker.getByRole('status'))).toBe(`Added 1 file to ${CASE_NAME}.`);
    const photo = theCase.getByRole('article', { name: /Your file: parcel as received\.png/ });
    await expect.poll(() => textNow(photo)).toContain('96 × 96');
    // The thumbnail is an object URL of the stored bytes, decoded by the browser.
    await expect.poll(() => photo.getByRole('img').evaluateAll((images: HTMLImageElement[]) => images.map((img) => (img.complete ? img.naturalWidth : 0))[0] ?? 0)).toBe(96);

    await photo.getByLabel('Note').fill('Box crushed on one corner');
    await photo.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => textNow(locker.getByRole('status'))).toBe('Note saved.');

    await photo.getByRole('button', { name: 'View full size' }).click();
    const viewer = locker.getByRole('dialog');
    await expect.poll(() => viewer.isVisible()).toBe(true);
    expect(await viewer.textContent()).toContain(sha256(PHOTO));
    await locker.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);

    await photo.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => theCase.getByRole('article').count()).toBe(captured.length);
    await locker.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => theCase.getByRole('article').count()).toBe(captured.length + 1);

    await theCase.getByText('Custody log').click();
    const timeline = theCase.getByRole('list', { name: `Custody log of ${CASE_NAME}` });
    const expected = ['Captured', ...(snapshot ? ['Page snapshot saved'] : []), 'Added', 'Note edited', 'Deleted', 'Added'];
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(expected.length);
    const lines = await timeline.getByRole('listitem').allTextContents();
    expect(lines.map((line) => /Captured|Page snapshot saved|Added|Note edited|Deleted/.exec(line)?.[0])).toEqual(expected);
    expect(lines.at(-1)).toContain(`restored by Undo of the deletion at line seq ${expected.length - 2}`);
    expect(await theCase.textContent()).toContain(`${expected.length} entries, hash chain intact`);

    // Drag and drop: a photo dropped on a case joins that case.
    const loose = locker.getByRole('region', { name: 'Not assigned to an order' });
    await loose.evaluate((section, bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
      section.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      section.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [...PHOTO]);
    await expect.poll(() => textNow(locker.getByRole('status'))).toBe('Added 1 file to Not assigned to an order.');
    expect(await loose.getByRole('article', { name: /Your file: dropped\.png/ }).count()).toBe(1);
    await locker.screenshot({ path: join(TMP, 'e2e-locker.png'), fullPage: true });
  });

  it('exports the case as a ZIP that verifies, whose report renders, and whose changed byte is named', async () => {
    const theCase = locker.getByRole('region', { name: CASE_NAME });
    const started = Date.now();
    const [download] = await Promise.all([locker.waitForEvent('download'), theCase.getByRole('button', { name: 'Export case (ZIP)' }).click()]);
    const zipPath = join(TMP, 'e2e-locker-case.zip');
    await download.saveAs(zipPath);
    console.log(`export and download: ${Date.now() - started} ms; ${await locker.getByRole('status').textContent()}`);
    expect(download.suggestedFilename()).toMatch(/^claimkit-case-aliexpress-3052219904417382-\d{4}-\d{2}-\d{2}\.zip$/);

    const zip = new Uint8Array(readFileSync(zipPath));
    const files = unzipSync(zip);
    const manifest = caseManifestSchema.parse(JSON.parse(new TextDecoder().decode(files['manifest.json'])));
    for (const file of manifest.files) expect(sha256(files[file.path]!), file.path).toBe(file.sha256);
    const evidence = manifest.files.filter((f) => f.role === 'evidence');
    expect(evidence.map((f) => f.evidence?.kind).sort()).toEqual(['file', ...captured]);
    expect(evidence.find((f) => f.evidence?.kind === 'file')?.sha256).toBe(sha256(PHOTO));
    const imported = await importCase(zip);
    expect(imported.problems).toEqual([]);
    expect(imported.custodyLog?.map((e) => e.kind).at(-1)).toBe('exported');

    const folder = join(TMP, 'e2e-locker-case');
    rmSync(folder, { recursive: true, force: true });
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), bytes);
    }
    const report = await ext.context.newPage();
    await report.goto(pathToFileURL(join(folder, 'index.html')).href);
    expect(await report.textContent('body')).toContain(ORDER_ID);
    const shown = await report.locator('img').evaluateAll((imgs: HTMLImageElement[]) => imgs.map((img) => img.naturalWidth));
    expect(shown.length).toBe(2);
    expect(shown.every((w) => w > 0)).toBe(true);
    await report.screenshot({ path: join(TMP, 'e2e-locker-report.png'), fullPage: true });
    await report.close();

    expect(verifyCase(zipPath)).toMatchObject({ code: 0 });
    const photoPath = evidence.find((f) => f.evidence?.kind === 'file')!.path;
    const changed = { ...files, [photoPath]: files[photoPath]!.slice() };
    changed[photoPath]![100]! ^= 0xff;
    const tamperedPath = join(TMP, 'e2e-locker-case-tampered.zip');
    writeFileSync(tamperedPath, zipSync(changed));
    const bad = verifyCase(tamperedPath);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`✗ ${photoPath}: `);

    // One line removed from the custody log (issue #10): verify-case names that line.
    const log = JSON.parse(new TextDecoder().decode(files['custody-log.json'])) as { seq: number }[];
    expect(log.length).toBeGreaterThan(2);
    const removed = log[1]!.seq;
    const cut = { ...files, 'custody-log.json': new TextEncoder().encode(JSON.stringify(log.filter((entry) => entry.seq !== removed), null, 2)) };
    const cutPath = join(TMP, 'e2e-locker-case-log-line-removed.zip');
    writeFileSync(cutPath, zipSync(cut));
    const cutResult = verifyCase(cutPath);
    expect(cutResult.code).toBe(1);
    expect(cutResult.output).toContain(`log line seq ${removed}`);

    // The locker's own import names the same file and takes nothing else twice.
    await locker.getByLabel('Import a case or backup').setInputFiles(tamperedPath);
    const result = locker.getByRole('region', { name: 'Import of e2e-locker-case-tampered.zip' });
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await result.getByRole('list', { name: 'Import problems' }).textContent()).toContain(photoPath);
    expect(await result.textContent()).toContain(`0 items added; ${captured.length} already in the locker`);
  });

  it('offers the roomier complaint builder for the case, built from the stored order', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/evidence.html`);
    const theCase = page.getByRole('region', { name: CASE_NAME });
    await theCase.getByText('Write the complaint').click();
    const builder = theCase.getByRole('region', { name: 'Complaint' });
    await builder.getByLabel('What happened').fill('The earbuds arrived without their charging case.');
    await expect.poll(() => builder.getByLabel('Complaint text').inputValue()).toContain(ORDER_ID);
    await page.close();
  });
});
