import { describe, expect, it } from 'vitest';
import { fakeEvidence } from '../../../tests/support/builders';
import { buildCaption, captionLayout, checkCaption, formatCaptionTime, NO_URL_TEXT, parseCaptionTime } from './caption';
import { shortenUrl } from './shorten-url';

const ORDER_ID = '8181234567890123';
const LONG_URL = `https://www.aliexpress.com/p/order/detail.html?spm=a2g0o.order_list.order_list_main.5.21ef1802${'x'.repeat(120)}&orderId=${ORDER_ID}&gatewayAdapt=glo2rus&_t=1732431933`;

describe('formatCaptionTime', () => {
  it("writes the wall clock in the user's zone with its UTC offset, seconds truncated", () => {
    expect(formatCaptionTime('2026-11-24T07:05:33.999Z', 'Europe/Moscow')).toBe('24 Nov 2026, 10:05:33 UTC+03:00');
    expect(formatCaptionTime('2026-11-24T07:05:33Z', 'UTC')).toBe('24 Nov 2026, 07:05:33 UTC+00:00');
    expect(formatCaptionTime('2026-11-24T07:05:33Z', 'Asia/Kathmandu')).toBe('24 Nov 2026, 12:50:33 UTC+05:45');
    expect(formatCaptionTime('2026-11-24T07:05:33Z', 'America/St_Johns')).toBe('24 Nov 2026, 03:35:33 UTC-03:30');
    expect(formatCaptionTime('2026-11-24T23:30:00Z', 'Pacific/Kiritimati')).toBe('25 Nov 2026, 13:30:00 UTC+14:00');
  });

  it('follows daylight saving time (Berlin, last Sunday of March 2026)', () => {
    expect(formatCaptionTime('2026-03-29T00:59:59Z', 'Europe/Berlin')).toBe('29 Mar 2026, 01:59:59 UTC+01:00');
    expect(formatCaptionTime('2026-03-29T01:00:00Z', 'Europe/Berlin')).toBe('29 Mar 2026, 03:00:00 UTC+02:00');
  });

  it('reads back to the same second, in every zone, across a year', () => {
    const zones = ['UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns'];
    for (let hour = 0; hour < 24 * 366; hour += 37) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 1234);
      for (const zone of zones) {
        const back = parseCaptionTime(formatCaptionTime(instant.toISOString(), zone));
        expect(back?.getTime()).toBe(Math.floor(instant.getTime() / 1000) * 1000);
      }
    }
  });

  it('refuses text that is not a caption time', () => {
    expect(parseCaptionTime('24 Nov 2026, 10:05:33')).toBeNull();
    expect(parseCaptionTime('24 Foo 2026, 10:05:33 UTC+03:00')).toBeNull();
  });
});

describe('shortenUrl', () => {
  it('returns a short URL unchanged', () => {
    expect(shortenUrl('https://a.example/x?y=1', 80, 'y')).toBe('https://a.example/x?y=1');
  });

  it('cuts in the middle, keeping the host and the order id', () => {
    // 44 = scheme + host (26) + order id (16) + two "…": the least that holds both.
    for (const max of [44, 50, 60, 80, 120]) {
      const short = shortenUrl(LONG_URL, max, ORDER_ID);
      expect(Array.from(short).length).toBeLessThanOrEqual(max);
      expect(short.startsWith('https://www.aliexpress.com')).toBe(true);
      expect(short).toContain(ORDER_ID);
      expect(short).toContain('…');
    }
  });

  it('keeps host and id whole even when they alone exceed the limit', () => {
    const short = shortenUrl(LONG_URL, 10, ORDER_ID);
    expect(short).toContain('www.aliexpress.com');
    expect(short).toContain(ORDER_ID);
  });

  it('without an id to keep, keeps the start and the end of the path', () => {
    const short = shortenUrl(`https://shop.example/${'a'.repeat(100)}/end`, 40);
    expect(short).toMatch(/^https:\/\/shop\.example\/a+…a*\/end$/u);
    expect(short.length).toBe(40);
  });
});

describe('buildCaption', () => {
  it('agrees with the evidence metadata: URL and time (issue 10 item 4)', () => {
    const meta = fakeEvidence({ capturedAt: '2026-11-24T07:05:33.480Z' });
    const caption = buildCaption({ url: meta.url, capturedAt: meta.capturedAt, timeZone: 'Europe/Moscow', orderId: ORDER_ID, maxUrlChars: 200 });
    expect(caption.url).toBe(meta.url);
    expect(caption.lines).toEqual([meta.url, '24 Nov 2026, 10:05:33 UTC+03:00 · ClaimKit']);
    expect(checkCaption(caption, meta, ORDER_ID)).toEqual([]);
  });

  it('agrees with the metadata when the URL had to be shortened to fit the band', () => {
    const meta = fakeEvidence({ url: LONG_URL });
    const { maxCharsPerLine } = captionLayout(390, 1);
    const caption = buildCaption({ url: meta.url, capturedAt: meta.capturedAt, timeZone: 'Asia/Kathmandu', orderId: ORDER_ID, maxUrlChars: maxCharsPerLine });
    expect(caption.url).not.toBe(LONG_URL);
    expect(checkCaption(caption, meta, ORDER_ID)).toEqual([]);
  });

  it('is caught when it disagrees: another time, another page, a lost order id', () => {
    const meta = fakeEvidence({ url: LONG_URL });
    const base = { url: LONG_URL, capturedAt: meta.capturedAt, timeZone: 'UTC', orderId: ORDER_ID, maxUrlChars: 60 };
    const later = buildCaption({ ...base, capturedAt: '2026-11-24T10:05:01.000Z' });
    expect(checkCaption(later, meta, ORDER_ID)).toEqual([expect.stringContaining('differs from capturedAt')]);
    const otherPage = buildCaption({ ...base, url: LONG_URL.replace('/p/order/', '/p/fake/') });
    expect(checkCaption(otherPage, meta, ORDER_ID)).toEqual([expect.stringContaining('is not the page URL')]);
    const noId = buildCaption({ ...base, orderId: undefined });
    expect(checkCaption(noId, meta, ORDER_ID)).toEqual([expect.stringContaining('lost the order id')]);
  });

  it('says so when an item has no URL', () => {
    const caption = buildCaption({ capturedAt: '2026-11-24T10:05:00Z', timeZone: 'UTC', maxUrlChars: 80 });
    expect(caption.lines[0]).toBe(NO_URL_TEXT);
    expect(checkCaption(caption, { capturedAt: '2026-11-24T10:05:00Z' })).toEqual([]);
  });
});

describe('captionLayout', () => {
  it('is legible on screen (≥ 12 CSS px) and in print (≥ width / 70)', () => {
    for (const [width, dpr] of [[390, 1], [1280, 1], [1920, 1], [2560, 2], [1600, 1.25], [3840, 3], [200, 2]] as const) {
      const layout = captionLayout(width, dpr);
      expect(layout.fontSizePx).toBeGreaterThanOrEqual(Math.round(12 * dpr));
      expect(layout.fontSizePx).toBeGreaterThanOrEqual(Math.round(width / 70));
      expect(layout.bandHeightPx).toBe(2 * layout.paddingPx + 2 * layout.lineHeightPx);
      expect(layout.lineHeightPx).toBeGreaterThan(layout.fontSizePx);
      expect(Number.isInteger(layout.bandHeightPx)).toBe(true);
      expect(layout.maxCharsPerLine * layout.fontSizePx * 0.6).toBeLessThanOrEqual(Math.max(width, 16 * layout.fontSizePx * 0.6));
    }
  });

  it('scales with the device pixel ratio, so the band looks the same on a HiDPI screen', () => {
    const one = captionLayout(1280, 1);
    const two = captionLayout(2560, 2);
    expect(two.fontSizePx).toBeCloseTo(2 * one.fontSizePx, -1);
    expect(two.maxCharsPerLine).toBeCloseTo(one.maxCharsPerLine, -1);
  });

  it('refuses nonsense sizes', () => {
    expect(() => captionLayout(0, 1)).toThrow(RangeError);
    expect(() => captionLayout(100, Number.NaN)).toThrow(RangeError);
  });
});
