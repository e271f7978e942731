import { describe, expect, it } from 'vitest';
import { checkSnapshot, parseRfc822Date, readSnapshotHeader } from './snapshot-header';

const URL_ = 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123';
// The header Blink writes (shape as in Chrome's MHTML output; boundary shortened).
const MHTML = [
  'From: <Saved by Blink>',
  `Snapshot-Content-Location: ${URL_}`,
  'Subject: =?utf-8?Q?Order=20details?=',
  'Date: Tue, 24 Nov 2026 07:05:34 -0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----MultipartBoundary--x----"',
  '',
  '',
  '------MultipartBoundary--x----',
  'Content-Location: https://elsewhere.example/',
].join('\r\n');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readSnapshotHeader', () => {
  it("reads Chrome's MHTML header: the page address and the save time", () => {
    const header = readSnapshotHeader(bytes(MHTML));
    expect(header.url).toBe(URL_);
    expect(header.savedAt?.toISOString()).toBe('2026-11-24T07:05:34.000Z');
  });

  it('reads the "saved from url" mark of an HTML snapshot', () => {
    expect(readSnapshotHeader(bytes(`<!-- saved from url=(0071)${URL_} -->\n<html>`)).url).toBe(URL_);
  });

  it('finds nothing, without throwing, in bytes that are not a snapshot', () => {
    expect(readSnapshotHeader(new Uint8Array([0xff, 0xfe, 0, 1, 2]))).toEqual({ url: null, savedAt: null });
    expect(readSnapshotHeader(new Uint8Array())).toEqual({ url: null, savedAt: null });
  });
});

describe('parseRfc822Date', () => {
  it('reads the offsets and zone names mail dates use', () => {
    expect(parseRfc822Date('24 Nov 2026 10:05:34 +0300')?.toISOString()).toBe('2026-11-24T07:05:34.000Z');
    expect(parseRfc822Date('Tue, 24 Nov 2026 07:05 GMT')?.toISOString()).toBe('2026-11-24T07:05:00.000Z');
    expect(parseRfc822Date('yesterday')).toBeNull();
    expect(parseRfc822Date(undefined)).toBeNull();
  });
});

describe('checkSnapshot', () => {
  it('agrees with metadata of the same page saved at the same time (fragment ignored)', () => {
    expect(checkSnapshot(bytes(MHTML), { url: `${URL_}#top`, capturedAt: '2026-11-24T10:05:33.500+03:00' })).toEqual([]);
  });

  it('names another page, a time far off, and a missing address', () => {
    expect(checkSnapshot(bytes(MHTML), { url: 'https://www.aliexpress.com/p/order/detail.html?orderId=1', capturedAt: '2026-11-24T07:05:34Z' })).toEqual([
      expect.stringContaining('but its metadata says'),
    ]);
    expect(checkSnapshot(bytes(MHTML), { url: URL_, capturedAt: '2026-11-24T08:05:34Z' })).toEqual([expect.stringContaining('3600 s from capturedAt')]);
    expect(checkSnapshot(bytes('<html></html>'), { capturedAt: '2026-11-24T08:05:34Z' })).toEqual(['the snapshot names no page address in its header']);
  });
});
