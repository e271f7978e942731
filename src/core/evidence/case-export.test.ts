import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { caseManifestSchema } from '../../model/case-manifest';
import type { CustodyLog } from '../../model/custody';
import type { Evidence } from '../../model/evidence';
import { exportCase, type CaseExportInput } from './case-export';
import { appendEvent } from './custody-log';

const XSS = '<script>alert(1)</script>"onerror=alert(1) \'x';
const HOSTILE_URL = 'https://shop.example/p/<script>alert(1)</script>?q="onerror=alert(1)';
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

async function item(id: string, bytes: Uint8Array, meta: Partial<Evidence> = {}): Promise<{ meta: Evidence; bytes: Uint8Array }> {
  return { meta: fakeEvidence({ id, size: bytes.length, sha256: sha(bytes), ...meta }), bytes };
}

async function caseInput(overrides: Partial<CaseExportInput> = {}): Promise<CaseExportInput> {
  const evidence = [
    await item('ev-1', new Uint8Array(3000).map((_, i) => (i * 7) % 256), { capturedAt: '2026-11-24T07:05:33.000Z' }),
    await item('ev-2', new TextEncoder().encode('From: <Saved by Blink>\r\n'), { kind: 'page-snapshot', mime: 'multipart/related' }),
  ];
  let custodyLog: CustodyLog = [];
  for (const { meta } of evidence) custodyLog = await appendEvent(custodyLog, { at: meta.capturedAt, kind: 'captured', evidenceId: meta.id, sha256: meta.sha256 });
  return {
    order: fakeOrder(),
    evidence,
    complaintText: 'Dear seller,\nthe cable is 1 m, not 2 m.',
    custodyLog,
    deadlines: [{ label: 'Buyer protection ends', dueAt: '2026-12-09T23:59:59+03:00' }],
    now: new Date('2026-11-25T09:00:00Z'),
    timeZone: 'Europe/Moscow',
    locale: 'en-GB',
    ...overrides,
  };
}

describe('exportCase', () => {
  it('writes the agreed layout, and a manifest whose hashes and sizes match every file', async () => {
    const files = unzipSync(await exportCase(await caseInput()));
    expect(Object.keys(files).sort()).toEqual([
      'complaint.txt',
      'custody-log.json',
      'evidence/2026-11-24_10-05-33_screenshot-visible_ev1.png',
      'evidence/2026-11-24_13-05-00_page-snapshot_ev2.mhtml',
      'index.html',
      'manifest.json',
      'order.json',
    ]);
    const manifest = caseManifestSchema.parse(JSON.parse(text(files['manifest.json'])));
    expect(manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(files).filter((p) => p !== 'manifest.json').sort());
    for (const file of manifest.files) {
      expect(sha(files[file.path]!), file.path).toBe(file.sha256);
      expect(files[file.path]!.length).toBe(file.size);
    }
    expect(manifest.orderSha256).toBe(sha(files['order.json']!));
    expect(manifest.custodyLog).toMatchObject({ sha256: sha(files['custody-log.json']!), entries: 2 });
    const screenshot = manifest.files.find((f) => f.evidence?.id === 'ev-1');
    expect(screenshot?.evidence).toMatchObject({ kind: 'screenshot-visible', mime: 'image/png', capturedAt: '2026-11-24T07:05:33.000Z', note: '' });
  });

  it('writes one log line per text line, and no complaint.txt when there is no complaint', async () => {
    const files = unzipSync(await exportCase(await caseInput({ complaintText: undefined })));
    expect(files['complaint.txt']).toBeUndefined();
    expect(text(files['custody-log.json']).split('\n')).toHaveLength(5); // [, 2 lines, ], and the final newline
  });

  it('is byte-identical when the same case is exported twice', async () => {
    const input = await caseInput();
    expect(sha(await exportCase(input))).toBe(sha(await exportCase(input)));
  });

  it('shows order facts, deadline, complaint, each caption and the custody timeline in index.html', async () => {
    const report = text(unzipSync(await exportCase(await caseInput()))['index.html']);
    for (const expected of [
      '8181234567890123',
      'Example Store',
      'USB-C cable 2 m',
      'Buyer protection ends',
      'the cable is 1 m, not 2 m.',
      '24 Nov 2026, 10:05:33 UTC+03:00 · ClaimKit',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
      'src="evidence/2026-11-24_10-05-33_screenshot-visible_ev1.png"',
      'Custody log',
    ]) {
      expect(report).toContain(expected.replace('&', '&#38;'));
    }
  });

  it('escapes every page-derived value: product title, URL, note, page title (no script, no handler)', async () => {
    const input = await caseInput({
      order: fakeOrder({
        items: [{ title: XSS, variant: XSS, quantity: 1 }],
        url: HOSTILE_URL,
        seller: { name: XSS },
        status: { text: XSS, kind: 'shipped' },
      }),
      complaintText: `</pre>${XSS}`,
      deadlines: [{ label: XSS, dueAt: '2026-12-09T23:59:59+03:00' }],
    });
    input.evidence = [
      await item('ev-x', new Uint8Array([1, 2, 3]), { url: HOSTILE_URL, note: XSS, pageTitle: XSS, kind: 'quote', mime: 'text/plain', text: XSS }),
      await item('ev-j', new Uint8Array([4]), { url: 'javascript:alert(1)', kind: 'link', mime: 'text/uri-list', text: 'click' }),
    ];
    input.custodyLog = await appendEvent([], { at: '2026-11-24T10:05:00Z', kind: 'captured', evidenceId: 'ev-x', sha256: input.evidence[0]!.meta.sha256, detail: XSS });
    const report = text(unzipSync(await exportCase(input))['index.html']);

    expect(report).not.toMatch(/<script/iu);
    expect(report).not.toContain('"onerror=');
    expect(report).not.toContain('javascript:alert(1)"');
    expect(report).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#34;onerror=alert(1) &#39;x');

    const { document } = new Window({ url: 'file:///case/index.html' });
    document.write(report);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
    }
    for (const link of document.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(evidence\/|https?:)/u);
    expect(document.body.textContent).toContain(XSS);
  });

  it('exports an item whose bytes no longer match its recorded hash as it is, and says so', async () => {
    const input = await caseInput();
    const first = input.evidence[0]!;
    input.evidence = [{ meta: first.meta, bytes: first.bytes.map((b, i) => (i === 0 ? b ^ 1 : b)) }];
    const files = unzipSync(await exportCase(input));
    const manifest = caseManifestSchema.parse(JSON.parse(text(files['manifest.json'])));
    const listed = manifest.files.find((f) => f.role === 'evidence')!;
    expect(listed.sha256).toBe(sha(input.evidence[0]!.bytes));
    expect(listed.evidence?.sha256).toBe(first.meta.sha256);
    expect(text(files['index.html'])).toContain('not to ' + first.meta.sha256 + ' recorded at capture');
  });

  it('refuses two items with one id', async () => {
    const input = await caseInput();
    await expect(exportCase({ ...input, evidence: [input.evidence[0]!, input.evidence[0]!] })).rejects.toThrow(/share an id/u);
  });
});
