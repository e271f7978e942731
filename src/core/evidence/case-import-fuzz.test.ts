import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { exportCase } from './case-export';
import { importCase } from './case-import';
import { appendEvent } from './custody-log';
import { prng } from '../../../tests/support/prng';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const EOCD = [0x50, 0x4b, 0x05, 0x06];

async function validZip(): Promise<Uint8Array> {
  const shot = new Uint8Array(1500).map((_, i) => (i * 31) % 256);
  const quote = new TextEncoder().encode('listed as 128 GB');
  const evidence = [
    { meta: fakeEvidence({ id: 'ev-1', size: shot.length, sha256: sha(shot) }), bytes: shot },
    { meta: fakeEvidence({ id: 'ev-2', kind: 'quote', mime: 'text/plain', size: quote.length, sha256: sha(quote), text: 'listed as 128 GB' }), bytes: quote },
  ];
  let custodyLog = await appendEvent([], { at: '2026-11-24T10:05:00Z', kind: 'captured', evidenceId: 'ev-1', sha256: sha(shot) });
  custodyLog = await appendEvent(custodyLog, { at: '2026-11-24T10:06:00Z', kind: 'captured', evidenceId: 'ev-2', sha256: sha(quote) });
  return exportCase({ order: fakeOrder(), evidence, complaintText: 'Hello', custodyLog, now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC', locale: 'en' });
}

function mutate(zip: Uint8Array, next: () => number): Uint8Array {
  const int = (n: number): number => Math.floor(next() * n);
  const randomBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(256));
  switch (int(7)) {
    case 0: {
      const out = zip.slice();
      for (let i = 1 + int(8); i > 0; i--) {
        const at = int(out.length);
        out[at] = (out[at] ?? 0) ^ (1 << int(8));
      }
      return out;
    }
    case 1:
      return zip.slice(0, int(zip.length));
    case 2: {
      const at = int(zip.length);
      return Uint8Array.from([...zip.subarray(0, at), ...randomBytes(1 + int(64)), ...zip.subarray(at)]);
    }
    case 3: {
      const out = zip.slice();
      out.set(randomBytes(Math.min(1 + int(256), out.length)), int(out.length - 256));
      return out;
    }
    case 4:
      return randomBytes(int(5000));
    case 5: // random bytes that end like a ZIP, so the directory parser runs on garbage
      return Uint8Array.from([...randomBytes(int(3000)), ...EOCD, ...randomBytes(18)]);
    default: {
      // Damage only the central directory (the last ~600 bytes).
      const out = zip.slice();
      for (let i = 1 + int(4); i > 0; i--) out[out.length - 1 - int(600)] = int(256);
      return out;
    }
  }
}

describe('importCase on 500 damaged inputs', () => {
  it('never throws, returns only self-consistent evidence, and accepts nothing altered in silence', async () => {
    const zip = await validZip();
    const original = await importCase(zip);
    expect(original.problems).toEqual([]);
    const next = prng(20261124);
    for (let round = 0; round < 500; round++) {
      const input = mutate(zip, next);
      const imported = await importCase(input);
      for (const { meta, bytes } of imported.evidence) {
        expect(sha(bytes), `round ${round}`).toBe(meta.sha256);
        expect(bytes.length).toBe(meta.size);
      }
      for (const problem of imported.problems) expect(typeof problem.problem).toBe('string');
      if (imported.problems.length === 0) {
        // A mutation that passes every check may only have touched bytes no check covers (ZIP dates, comments).
        expect(imported.order, `round ${round}`).toEqual(original.order);
        expect(imported.evidence, `round ${round}`).toEqual(original.evidence);
        expect(imported.custodyLog).toEqual(original.custodyLog);
        expect(imported.complaintText).toBe(original.complaintText);
      }
    }
  });
});
