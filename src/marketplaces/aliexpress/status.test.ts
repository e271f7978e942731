import { describe, expect, it } from 'vitest';
import { looksLikeStatus, toStatus } from './status';

describe('toStatus', () => {
  it('keeps the printed words and their kind', () => {
    expect(toStatus('  Awaiting delivery ')).toEqual({ text: 'Awaiting delivery', kind: 'shipped' });
  });
  it('knows the legacy "Awaiting Receipt" (order-detail-legacy), which core/parse does not', () => {
    expect(toStatus('Awaiting Receipt')).toEqual({ text: 'Awaiting Receipt', kind: 'shipped' });
  });
  it('falls back to the legacy data-status code only when the words say nothing', () => {
    expect(toStatus('Something new', 'WAIT_BUYER_CONFIRM_GOODS')?.kind).toBe('shipped');
    expect(toStatus('Completed', 'WAIT_SELLER_SEND_GOODS')?.kind).toBe('completed');
    expect(toStatus('Something new', 'NO_SUCH_CODE')?.kind).toBe('unknown');
  });
  it('is undefined without words', () => {
    expect(toStatus(undefined)).toBeUndefined();
    expect(toStatus('   ')).toBeUndefined();
  });
});

describe('looksLikeStatus', () => {
  it.each([
    ['Completed', true],
    ['Terminée', true],
    ['', false],
    ['Shipping address', false],
    ['Delivered 3 items', false],
    ['Wireless Earbuds Bluetooth 5.3 with Charging Case, Noise Reduction', false],
  ])('%j → %s', (text, yes) => expect(looksLikeStatus(text)).toBe(yes));
});
