import { describe, expect, it } from 'vitest';
import type { CustodyEvent, CustodyLog } from '../../model/custody';
import { appendEvent } from './custody-log';
import { checkLogAgainstFiles, replayLog } from './custody-state';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const at = (minute: number): string => `2026-11-24T10:${String(minute).padStart(2, '0')}:00Z`;

async function logOf(events: Omit<CustodyEvent, 'at'>[]): Promise<CustodyLog> {
  let log: CustodyLog = [];
  for (const [i, event] of events.entries()) log = await appendEvent(log, { ...event, at: at(i) });
  return log;
}

describe('replayLog', () => {
  it('tracks which items the case holds: captured, deleted (hash kept), reassigned out and in', async () => {
    const log = await logOf([
      { kind: 'captured', evidenceId: 'ev-1', sha256: A },
      { kind: 'captured', evidenceId: 'ev-2', sha256: B },
      { kind: 'deleted', evidenceId: 'ev-1', sha256: A },
      { kind: 'reassigned', evidenceId: 'ev-2', sha256: B, detail: 'to aliexpress:2' },
      { kind: 'reassigned', evidenceId: 'ev-9', sha256: A, detail: 'from aliexpress:3' },
    ]);
    const { items, problems } = replayLog(log);
    expect(problems).toEqual([]);
    expect(items.get('ev-1')).toEqual({ present: false, sha256: A, seq: 2 });
    expect(items.get('ev-2')).toEqual({ present: false, sha256: B, seq: 3 });
    expect(items.get('ev-9')).toEqual({ present: true, sha256: A, seq: 4 });
  });

  it('names lines that make no sense in order', async () => {
    const log = await logOf([
      { kind: 'captured', evidenceId: 'ev-1', sha256: A },
      { kind: 'captured', evidenceId: 'ev-1', sha256: B },
      { kind: 'note-edited', evidenceId: 'ev-7' },
      { kind: 'deleted', evidenceId: 'ev-8', sha256: A },
    ]);
    expect(replayLog(log).problems.map((p) => p.line)).toEqual([1, 1, 2, 3]);
  });
});

describe('checkLogAgainstFiles', () => {
  const files = [
    { evidenceId: 'ev-1', sha256: A, path: 'evidence/one.png' },
    { evidenceId: 'ev-2', sha256: B, path: 'evidence/two.png' },
  ];

  it('accepts files that are exactly the items the log holds', async () => {
    const log = await logOf([
      { kind: 'captured', evidenceId: 'ev-1', sha256: A },
      { kind: 'imported', evidenceId: 'ev-2', sha256: B },
      { kind: 'note-edited', evidenceId: 'ev-2' },
    ]);
    expect(checkLogAgainstFiles(log, files)).toEqual([]);
  });

  it('names a file the log never saw, a deleted one, a changed one, and an item without a file', async () => {
    const log = await logOf([
      { kind: 'captured', evidenceId: 'ev-2', sha256: A },
      { kind: 'captured', evidenceId: 'ev-3', sha256: A },
      { kind: 'captured', evidenceId: 'ev-4', sha256: A },
      { kind: 'deleted', evidenceId: 'ev-4', sha256: A },
    ]);
    const problems = checkLogAgainstFiles(log, [...files, { evidenceId: 'ev-4', sha256: A, path: 'evidence/four.png' }]);
    expect(problems).toEqual([
      { file: 'evidence/one.png', problem: 'evidence ev-1 has no captured/imported line in the custody log' },
      { file: 'evidence/two.png', line: 0, problem: expect.stringContaining(`differs from ${A} in log line seq 0`) },
      { file: 'evidence/four.png', line: 3, problem: expect.stringContaining('left the case at log line seq 3') },
      { file: 'custody-log.json', line: 1, problem: expect.stringContaining('ev-3 is in the case since log line seq 1, but the export has no file') },
    ]);
  });
});
