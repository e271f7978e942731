import { describe, expect, it } from 'vitest';
import { fakeEvidence } from '../../../tests/support/builders';
import { evidenceFileNames, MAX_FILE_NAME_LENGTH, sanitizeFileNamePart } from './file-name';

const SAFE = /^[\p{L}\p{M}\p{N}_.-]+$/u;

describe('evidenceFileNames', () => {
  it('names an item by capture time in the user zone, kind and short id, extension from mime', () => {
    const item = fakeEvidence({ id: '1F3A9C2E-77aa-4b1c', capturedAt: '2026-11-24T07:05:33.120Z' });
    expect(evidenceFileNames([item], 'Europe/Moscow')).toEqual(['2026-11-24_10-05-33_screenshot-visible_1f3a9c2e.png']);
    expect(evidenceFileNames([item], 'America/New_York')).toEqual(['2026-11-24_02-05-33_screenshot-visible_1f3a9c2e.png']);
  });

  it('keeps a user file base name, sanitised, with the extension of its mime', () => {
    const item = fakeEvidence({ id: 'abc', kind: 'file', mime: 'image/jpeg', fileName: 'Фото посылки (1).JPEG' });
    expect(evidenceFileNames([item], 'UTC')).toEqual(['2026-11-24_10-05-00_Фото-посылки-1_abc.jpg']);
  });

  it("uses the file's own extension only when the mime is unknown", () => {
    const names = evidenceFileNames(
      [
        fakeEvidence({ id: 'a1', kind: 'file', mime: 'application/x-custom', fileName: 'scan.HEIF' }),
        fakeEvidence({ id: 'a2', kind: 'file', mime: 'application/octet-stream', fileName: 'noext' }),
        fakeEvidence({ id: 'a3', kind: 'page-snapshot', mime: 'multipart/related' }),
      ],
      'UTC',
    );
    expect(names.map((name) => name.split('.').pop())).toEqual(['heif', 'bin', 'mhtml']);
  });

  it('never lets a hostile file name through: separators, traversal, control and bidi characters', () => {
    const hostile = [
      '../../etc/passwd',
      'C:\\Windows\\system32\\evil.bat',
      'a\u0000b\u0007c\nd\r.png',
      'invoice\u202Egnp.exe',
      '.hidden',
      '<script>alert(1)</script>',
      'con',
      '   ',
      '\u200B\u200B',
      'x'.repeat(400),
      '😀'.repeat(120),
    ];
    const names = evidenceFileNames(
      hostile.map((fileName, i) => fakeEvidence({ id: `id-${i}`, kind: 'file', fileName, mime: 'image/png' })),
      'UTC',
    );
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
      expect(name).toMatch(SAFE);
      expect(name).not.toMatch(/\.\./u);
      expect(name.startsWith('.')).toBe(false);
    }
    expect(names[0]).toBe('2026-11-24_10-05-00_passwd_id0.png'); // the base name only
    expect(names[1]).toBe('2026-11-24_10-05-00_evil_id1.png');
    expect(names[3]).toBe('2026-11-24_10-05-00_invoicegnp_id3.png');
    expect(names[7]).toBe('2026-11-24_10-05-00_file_id7.png');
    expect(names[10]).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });

  it('makes names unique within a case, case-insensitively', () => {
    const same = { capturedAt: '2026-11-24T10:05:33Z', kind: 'screenshot-visible' as const };
    const names = evidenceFileNames(
      [fakeEvidence({ ...same, id: 'ABCDEFGH-1' }), fakeEvidence({ ...same, id: 'abcdefgh-2' }), fakeEvidence({ ...same, id: 'abcdefgh-3' })],
      'UTC',
    );
    expect(names).toEqual([
      '2026-11-24_10-05-33_screenshot-visible_abcdefgh.png',
      '2026-11-24_10-05-33_screenshot-visible_abcdefgh-2.png',
      '2026-11-24_10-05-33_screenshot-visible_abcdefgh-3.png',
    ]);
  });

  it('stays unique and short over many colliding long names', () => {
    const items = Array.from({ length: 150 }, (_, i) =>
      fakeEvidence({ id: `same-prefix-${i}`, kind: 'file', fileName: `${'long name '.repeat(20)}.png` }),
    );
    const names = evidenceFileNames(items, 'UTC');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(items.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  });

  it('falls back to the content hash when an id has no letters or digits', () => {
    const [name] = evidenceFileNames([fakeEvidence({ id: '---', sha256: 'b'.repeat(64) })], 'UTC');
    expect(name).toMatch(/_bbbbbbbb\.png$/u);
  });
});

describe('sanitizeFileNamePart', () => {
  it('keeps letters of any script and digits, and turns the rest into single dashes', () => {
    expect(sanitizeFileNamePart('  Größe: XL / 東京  ')).toBe('Größe-XL-東京');
    expect(sanitizeFileNamePart('a...b---c')).toBe('a.b-c');
    expect(sanitizeFileNamePart('e\u0301')).toBe('é');
  });
});
