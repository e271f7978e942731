import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { crc32 } from './crc32';
import { sha256Hex, sha256HexOfText } from './hash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 / NIST vectors', async () => {
    expect(await sha256HexOfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(await sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes an ArrayBuffer and a view over part of a buffer by their own bytes only', async () => {
    const abc = new TextEncoder().encode('xxabcxx');
    expect(await sha256Hex(abc.subarray(2, 5))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(abc.slice(2, 5).buffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes text as UTF-8', async () => {
    expect(await sha256HexOfText('é')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xa9])));
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"x","z":null}]},"b":1}');
  });

  it('is the same whatever order the keys were written in', () => {
    expect(canonicalJson({ seq: 0, at: 'x', kind: 'captured' })).toBe(canonicalJson({ kind: 'captured', at: 'x', seq: 0 }));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});
