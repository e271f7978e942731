import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import type { CustodyLog } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import { exportBackup, exportCase, type CaseExportInput } from './case-export';
import { archiveKind, importBackup, importCase } from './case-import';
import { appendEvent } from './custody-log';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const SHOT = 'evidence/2026-11-24_13-05-33_screenshot-visible_ev1.png';
const PHOTO = 'evidence/2026-11-24_13-07-00_IMG_1234_ev3.jpg';

async function sampleCase(orderId = '8181234567890123'): Promise<CaseExportInput> {
  const make = (id: string, bytes: Uint8Array, meta: Partial<Evidence>) => ({
    meta: fakeEvidence({ id, orderKey: `aliexpress:${orderId}`, size: bytes.length, sha256: sha(bytes), ...meta }),
    bytes,
  });
  const evidence = [
    make('ev-1', new Uint8Array(4000).map((_, i) => (i * 31 + 7) % 251), { capturedAt: '2026-11-24T10:05:33.000Z', note: 'listed as 2 m' }),
    make('ev-2', new TextEncoder().encode(`From: <Saved by Blink>\r\nSnapshot-Content-Location: ${fakeEvidence().url}\r\nDate: Tue, 24 Nov 2026 10:05:34 -0000\r\n\r\n`), {
      kind: 'page-snapshot',
      mime: 'multipart/related',
      capturedAt: '2026-11-24T10:05:34.000Z',
    }),
    make('ev-3', new Uint8Array(2500).map((_, i) => (i * 13) % 256), { kind: 'file', mime: 'image/jpeg', fileName: 'IMG_1234.JPG', capturedAt: '2026-11-24T10:07:00.000Z' }),
  ];
  let log: CustodyLog = [];
  const kinds = ['captured', 'snapshot-saved', 'imported'] as const;
  for (const [i, { meta }] of evidence.entries()) log = await appendEvent(log, { at: meta.capturedAt, kind: kinds[i]!, evidenceId: meta.id, sha256: meta.sha256 });
  log = await appendEvent(log, { at: '2026-11-24T10:08:00Z', kind: 'note-edited', evidenceId: 'ev-1' });
  log = await appendEvent(log, { at: '2026-11-25T09:00:00Z', kind: 'exported', evidenceId: null, detail: 'case.zip' });
  return {
    order: fakeOrder({ orderId }),
    evidence,
    complaintText: 'The cable is 1 m long, not 2 m as listed.',
    custodyLog: log,
    now: new Date('2026-11-25T09:00:00Z'),
    timeZone: 'Europe/Moscow',
    locale: 'en-GB',
  };
}

/** Unpacks, lets the test edit the files, packs again (as someone editing an unzipped case would). */
function rezip(zip: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(files);
}

/** Offset of an entry's data in the ZIP, to damage it in place (as a bad disk or download would). */
function dataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 30 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    if (new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)) === name) return at + 30 + nameLength + view.getUint16(at + 28, true);
  }
  throw new Error(`no entry ${name}`);
}

const lines = (bytes: Uint8Array): string[] => new TextDecoder().decode(bytes).split('\n');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importCase round trip', () => {
  it('restores the case exactly, with every hash verified', async () => {
    const input = await sampleCase();
    const imported = await importCase(await exportCase(input));
    expect(imported.problems).toEqual([]);
    expect(imported.order).toEqual(input.order);
    expect(imported.complaintText).toBe(input.complaintText);
    expect(imported.custodyLog).toEqual(input.custodyLog);
    expect(imported.evidence.map((e) => e.meta)).toEqual(input.evidence.map((e) => e.meta));
    for (const [i, { bytes }] of imported.evidence.entries()) expect(sha(bytes)).toBe(input.evidence[i]!.meta.sha256);
    expect(imported.passed.join('\n')).toMatch(/custody-log\.json: 5 lines, chain intact/u);
  });

  it('restores a case with no evidence, no complaint and an empty log', async () => {
    const input = { ...(await sampleCase()), evidence: [], complaintText: undefined, custodyLog: [] };
    const imported = await importCase(await exportCase(input));
    expect(imported.problems).toEqual([]);
    expect(imported.complaintText).toBeNull();
    expect(imported.custodyLog).toEqual([]);
  });
});

describe('importCase names what was tampered with', () => {
  it('one byte changed in one evidence file: that file is named and left out, the rest restored', async () => {
    const zip = rezip(await exportCase(await sampleCase()), (files) => {
      files[SHOT]![100]! ^= 0x01;
    });
    const imported = await importCase(zip);
    expect(imported.problems).toEqual([{ file: SHOT, problem: expect.stringContaining('the file was changed') }]);
    expect(imported.evidence.map((e) => e.meta.id)).toEqual(['ev-2', 'ev-3']);
    expect(imported.order).not.toBeNull();
    expect(imported.custodyLog).not.toBeNull();
  });

  it('one log line removed: that line is named', async () => {
    const zip = rezip(await exportCase(await sampleCase()), (files) => {
      files['custody-log.json'] = encode(lines(files['custody-log.json']!).filter((line) => !line.includes('"seq":1,')).join('\n'));
    });
    const imported = await importCase(zip);
    const named = imported.problems.filter((p) => p.file === 'custody-log.json');
    expect(named).toEqual(
      expect.arrayContaining([
        { file: 'custody-log.json', problem: expect.stringContaining('the file was changed') },
        { file: 'custody-log.json', line: 1, problem: 'line seq 1 is missing: removed from the log' },
      ]),
    );
    expect(imported.problems).toContainEqual({ file: 'evidence/2026-11-24_13-05-34_page-snapshot_ev2.mhtml', problem: expect.stringContaining('no captured/imported line') });
    expect(imported.custodyLog).toBeNull();
  });

  it('the last log line removed: caught by the line count and last hash in the manifest', async () => {
    const zip = rezip(await exportCase(await sampleCase()), (files) => {
      const kept = lines(files['custody-log.json']!).filter((line) => !line.includes('"seq":4,'));
      files['custody-log.json'] = encode(kept.join('\n').replace(/,\n\]/u, '\n]'));
    });
    const problems = (await importCase(zip)).problems;
    expect(problems).toContainEqual({ file: 'custody-log.json', line: 4, problem: expect.stringContaining('end of the log was cut off') });
    expect(problems).toContainEqual({ file: 'custody-log.json', problem: 'has 4 readable lines; the manifest says 5' });
  });

  it('a file swapped and the manifest rewritten to match: the capture hash and the log still disagree', async () => {
    const zip = rezip(await exportCase(await sampleCase()), (files) => {
      const forged = encode('a different picture');
      files[SHOT] = forged;
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { files: { path: string; sha256: string; size: number }[] };
      const entry = manifest.files.find((f) => f.path === SHOT)!;
      Object.assign(entry, { sha256: sha(forged), size: forged.length });
      files['manifest.json'] = encode(JSON.stringify(manifest));
    });
    const imported = await importCase(zip);
    expect(imported.problems.map((p) => p.file)).toEqual([SHOT, SHOT]);
    expect(imported.problems[0]?.problem).toMatch(/not the ones recorded at capture/u);
    expect(imported.evidence.map((e) => e.meta.id)).toEqual(['ev-2', 'ev-3']);
  });

  it("a page snapshot whose own header names another page: kept, and named", async () => {
    const input = await sampleCase();
    const snapshot = input.evidence[1]!;
    snapshot.meta = { ...snapshot.meta, url: 'https://www.aliexpress.com/p/order/detail.html?orderId=1' };
    const imported = await importCase(await exportCase(input));
    expect(imported.problems).toEqual([
      { file: 'evidence/2026-11-24_13-05-34_page-snapshot_ev2.mhtml', problem: expect.stringContaining('but its metadata says https://www.aliexpress.com/p/order/detail.html?orderId=1') },
    ]);
    expect(imported.evidence).toHaveLength(3);
  });

  it('an added file, a removed file and an edited order are each named', async () => {
    const zip = rezip(await exportCase(await sampleCase()), (files) => {
      files['evidence/extra.png'] = encode('added later');
      delete files[PHOTO];
      files['order.json'] = encode(new TextDecoder().decode(files['order.json']).replace('Example Store', 'Other Store'));
    });
    const imported = await importCase(zip);
    expect(imported.problems).toEqual(
      expect.arrayContaining([
        { file: PHOTO, problem: 'is listed in the manifest but missing from the ZIP' },
        { file: 'evidence/extra.png', problem: 'is in the ZIP but not in the manifest: added after export' },
        { file: 'order.json', problem: expect.stringContaining('the file was changed') },
      ]),
    );
    expect(imported.order).toBeNull();
  });
});

describe('importCase on damaged archives', () => {
  it('a corrupted stored entry: named, and everything else restored', async () => {
    const zip = (await exportCase(await sampleCase())).slice();
    zip[dataOffset(zip, SHOT) + 10]! ^= 0xff;
    const imported = await importCase(zip);
    expect(imported.problems).toEqual([{ file: SHOT, problem: 'fails its CRC-32 check: the data is damaged' }]);
    expect(imported.evidence.map((e) => e.meta.id)).toEqual(['ev-2', 'ev-3']);
    expect(imported.order).not.toBeNull();
  });

  it('a corrupted compressed entry: named, and everything else restored', async () => {
    const zip = (await exportCase(await sampleCase())).slice();
    const at = dataOffset(zip, 'order.json');
    for (let i = 5; i < 40; i++) zip[at + i]! ^= 0x5a;
    const imported = await importCase(zip);
    expect(imported.problems[0]).toEqual({ file: 'order.json', problem: expect.stringMatching(/compressed data is damaged|CRC-32|unpacks to/u) });
    expect(imported.order).toBeNull();
    expect(imported.evidence).toHaveLength(3);
    expect(imported.custodyLog).not.toBeNull();
  });

  it('random bytes, an empty file and a truncated ZIP give problems, never an exception', async () => {
    const zip = await exportCase(await sampleCase());
    for (const input of [new Uint8Array(), encode('hello'), new Uint8Array(70_000).fill(0x50), zip.subarray(0, 20), zip.subarray(0, 200)]) {
      const imported = await importCase(input);
      expect(imported.problems.length).toBeGreaterThan(0);
      expect(imported.evidence).toEqual([]);
    }
  });

  it('a truncated ZIP: the files before the cut are verified and restored, the rest named', async () => {
    const zip = await exportCase(await sampleCase());
    const cut = dataOffset(zip, PHOTO) + 100;
    const imported = await importCase(zip.subarray(0, cut));
    expect(imported.problems[0]?.problem).toMatch(/^not a ZIP file, or its end is missing \(truncated\); \d+ entries were recovered/u);
    expect(imported.problems).toContainEqual({ file: PHOTO, problem: 'its data runs past the end of the ZIP (truncated)' });
    expect(imported.order).toEqual((await sampleCase()).order);
    expect(imported.evidence.map((e) => e.meta.id)).toEqual(['ev-1', 'ev-2']);
  });
});

describe('backup', () => {
  it('round-trips every case, and names a damaged file inside its case folder', async () => {
    const cases = [await sampleCase('1001'), await sampleCase('1002')];
    const zip = await exportBackup(cases, new Date('2026-11-25T09:00:00Z'));
    expect(archiveKind(zip)).toBe('backup');
    const restored = await importBackup(zip);
    expect(restored.problems).toEqual([]);
    expect(restored.cases.map((c) => [c.folder, c.problems.length, c.evidence.length])).toEqual([
      ['cases/aliexpress-1001', 0, 3],
      ['cases/aliexpress-1002', 0, 3],
    ]);
    const damaged = rezip(zip, (files) => {
      files[`cases/aliexpress-1002/${SHOT}`]![0]! ^= 1;
    });
    const second = (await importBackup(damaged)).cases[1]!;
    expect(second.problems[0]).toEqual({ file: `cases/aliexpress-1002/${SHOT}`, problem: expect.stringContaining('the file was changed') });
    expect(second.evidence).toHaveLength(2);
  });
});
