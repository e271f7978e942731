import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageReadingSchema } from '../src/model/messages';

// `npm run read-page` as a user runs it: a real process on a saved file.
const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'tests/fixtures/aliexpress/order-detail-global-en.html');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts/read-page.ts'), ...args], { encoding: 'utf8' });

describe('read-page command', () => {
  it('reads a page saved with "Save page as…" (its saved-from comment gives the address), exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-page-'));
    const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=3052219904417382';
    // Chrome's "Save page as… (HTML only)" writes this comment first, with the URL's length.
    const saved = join(dir, 'Order details.html');
    writeFileSync(saved, `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${readFileSync(FIXTURE, 'utf8')}`);
    const result = run(saved);
    expect(result.status).toBe(0);
    const reading = pageReadingSchema.parse(JSON.parse(result.stdout));
    expect(reading.order).toMatchObject({ orderId: '3052219904417382', total: { minor: 1996, currency: 'USD' } });
    expect(result.stderr).toMatch(/aliexpress order-detail: 1 order\(s\) read/);
  });

  it('exits 1 and says how to report when no order number is found', () => {
    const result = run(join(ROOT, 'tests/fixtures/aliexpress/not-an-order.html'), '--url', 'https://www.aliexpress.com/item/1005006412873391.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no order number found\. Please report this page/);
  });

  it('exits 2 with a clear message when it does not know the address', () => {
    const result = run(FIXTURE);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/does not say which address it was saved from: add --url/);
    expect(() => execFileSync(TSX, [join(ROOT, 'scripts/read-page.ts')], { stdio: 'pipe' })).toThrow();
  });
});
