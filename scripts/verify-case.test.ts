import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBackup, exportCase, type CaseExportInput } from '../src/core/evidence/case-export';
import { appendEvent } from '../src/core/evidence/custody-log';
import { fakeEvidence, fakeOrder } from '../tests/support/builders';
import { printable, verifyCaseFile } from './verify-case';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function sampleCase(): Promise<CaseExportInput> {
  const bytes = new Uint8Array(1000).map((_, i) => i % 256);
  const meta = fakeEvidence({ id: 'ev-1', size: bytes.length, sha256: sha(bytes), capturedAt: '2026-11-24T10:05:33Z' });
  let custodyLog = await appendEvent([], { at: meta.capturedAt, kind: 'captured', evidenceId: 'ev-1', sha256: meta.sha256 });
  custodyLog = await appendEvent(custodyLog, { at: '2026-11-24T10:06:00Z', kind: 'note-edited', evidenceId: 'ev-1' });
  custodyLog = await appendEvent(custodyLog, { at: '2026-11-24T10:07:00Z', kind: 'exported', evidenceId: null });
  return { order: fakeOrder(), evidence: [{ meta, bytes }], custodyLog, now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC', locale: 'en' };
}

async function run(zip: Uint8Array): Promise<{ code: number; output: string }> {
  const path = join(await mkdtemp(join(tmpdir(), 'verify-case-')), 'case.zip');
  await writeFile(path, zip);
  const lines: string[] = [];
  const code = await verifyCaseFile(path, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

describe('verify-case', () => {
  it('passes an exported case and a backup, printing each check', async () => {
    const ok = await run(await exportCase(await sampleCase()));
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(/✓ custody-log\.json: 3 lines, chain intact/u);
    expect(ok.output).toMatch(/✓ evidence\/2026-11-24_10-05-33_screenshot-visible_ev1\.png: sha256 [0-9a-f]{16}… and 1000 bytes match/u);
    expect(ok.output).toMatch(/^OK: all \d+ checks passed/mu);
    expect((await run(await exportBackup([await sampleCase()], new Date('2026-11-25T09:00:00Z')))).code).toBe(0);
  });

  it('fails naming the file when one byte of one file changed', async () => {
    const files = unzipSync(await exportCase(await sampleCase()));
    files['evidence/2026-11-24_10-05-33_screenshot-visible_ev1.png']![500]! ^= 0x80;
    const bad = await run(zipSync(files));
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/✗ evidence\/2026-11-24_10-05-33_screenshot-visible_ev1\.png: has sha256 [0-9a-f]{64}; the manifest says/u);
    expect(bad.output).toMatch(/^FAILED: 1 problem\./mu);
  });

  it('fails naming the line when one log line was removed', async () => {
    const files = unzipSync(await exportCase(await sampleCase()));
    const log = new TextDecoder().decode(files['custody-log.json']);
    files['custody-log.json'] = new TextEncoder().encode(log.split('\n').filter((line) => !line.includes('"seq":1,')).join('\n'));
    const bad = await run(zipSync(files));
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('✗ custody-log.json, log line seq 1: line seq 1 is missing: removed from the log');
  });

  it('fails on a file that is not a ZIP, or not there', async () => {
    expect((await run(new TextEncoder().encode('not a zip'))).code).toBe(1);
    const lines: string[] = [];
    expect(await verifyCaseFile('/nonexistent/case.zip', (line) => lines.push(line))).toBe(1);
    expect(lines[0]).toMatch(/^✗ cannot read/u);
  });

  it('never passes control characters from names in the ZIP to the terminal', async () => {
    const files = unzipSync(await exportCase(await sampleCase()));
    files['evidence/\u001b[2Jevil\u202e.png'] = new Uint8Array([1]);
    const bad = await run(zipSync(files));
    expect(bad.output).toContain('✗ evidence/\\u{1b}[2Jevil\\u{202e}.png: is in the ZIP but not in the manifest');
    expect(bad.output).not.toContain('\u001b');
    expect(bad.output).not.toContain('\u202e');
    expect(printable('a\tb')).toBe('a\\u{9}b');
  });

  it('runs as a command with the exit codes it promises', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'verify-case-')), 'case.zip');
    await writeFile(path, await exportCase(await sampleCase()));
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, ['scripts/verify-case.ts', path]);
    expect(stdout).toMatch(/^OK: all \d+ checks passed/mu);
    await expect(promisify(execFile)(tsx, ['scripts/verify-case.ts'])).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
