import { inflateSync } from 'fflate';
import type { CaseProblem } from './case-problem';
import { crc32 } from './crc32';

/** What came out of a ZIP: the entries that read back intact, and a problem for each one that did not. */
export interface ZipContents {
  files: Map<string, Uint8Array>;
  problems: CaseProblem[];
}

// Deflate cannot expand data more than ~1032:1; a header claiming more is corrupt (or a bomb),
// and believing it would make us allocate gigabytes.
const MAX_DEFLATE_RATIO = 1032;
/** Larger entries are refused: no evidence file is a gigabyte, and a browser tab could not hold it. */
export const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads a ZIP entry by entry, so one damaged entry is named and the others still come back.
 * Each entry's size and CRC-32 are checked. Never throws: a non-ZIP, truncated or damaged input
 * gives problems (and whatever entries could be read). Encrypted, ZIP64 and non-deflate entries
 * are reported as unsupported; duplicate names are reported and the name is left out.
 */
export function readZip(zip: Uint8Array): ZipContents {
  const problems: CaseProblem[] = [];
  const files = new Map<string, Uint8Array>();
  try {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = findEndOfDirectory(view);
    if (end < 0) return { files, problems: [{ problem: 'not a ZIP file, or its end is missing (truncated)' }] };
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) return { files, problems: [{ problem: 'ZIP64 archives are not supported' }] };
    const duplicates = new Set<string>();
    for (let i = 0; i < count; i++) {
      if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) {
        problems.push({ problem: `the ZIP directory is damaged at entry ${i + 1} of ${count}` });
        break;
      }
      const entry = readCentralEntry(zip, view, at);
      at = entry.next;
      if (entry.name.endsWith('/')) continue; // a folder entry carries no data
      if (files.has(entry.name) || duplicates.has(entry.name)) {
        duplicates.add(entry.name);
        files.delete(entry.name);
        problems.push({ file: entry.name, problem: 'appears more than once in the ZIP: which copy is meant cannot be known' });
        continue;
      }
      const read = readEntryData(zip, view, entry);
      if (typeof read === 'string') problems.push({ file: entry.name, problem: read });
      else files.set(entry.name, read);
    }
  } catch (error) {
    problems.push({ problem: `the ZIP could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return { files, problems };
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  next: number;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function readCentralEntry(zip: Uint8Array, view: DataView, at: number): CentralEntry {
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const flags = view.getUint16(at + 8, true);
  const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
  // Bit 11: the name is UTF-8; otherwise CP437, read here as Latin-1 (close enough to report it).
  const name = flags & 0x800 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
  return {
    name,
    flags,
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    next: at + 46 + nameLength + extraLength + commentLength,
  };
}

/** The entry's bytes, or why they cannot be trusted. */
function readEntryData(zip: Uint8Array, view: DataView, entry: CentralEntry): Uint8Array | string {
  if (entry.flags & 1) return 'is encrypted (not supported)';
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return 'is a ZIP64 entry (not supported)';
  if (entry.size > MAX_ENTRY_BYTES) return `declares ${entry.size} bytes, more than the ${MAX_ENTRY_BYTES} accepted`;
  const local = entry.localOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return 'its local header is missing or damaged';
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > zip.byteLength) return 'its data runs past the end of the ZIP (truncated)';
  const raw = zip.subarray(start, stop);
  let bytes: Uint8Array;
  if (entry.method === 0) {
    bytes = raw.slice();
  } else if (entry.method === 8) {
    if (entry.size > entry.compressedSize * MAX_DEFLATE_RATIO + 1024) return 'declares a size its compressed data cannot hold (damaged header)';
    try {
      bytes = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch (error) {
      return `its compressed data is damaged (${error instanceof Error ? error.message : 'inflate failed'})`;
    }
  } else {
    return `uses compression method ${entry.method} (not supported)`;
  }
  if (bytes.length !== entry.size) return `unpacks to ${bytes.length} bytes, not the ${entry.size} its header declares`;
  if (crc32(bytes) !== entry.crc) return 'fails its CRC-32 check: the data is damaged';
  return bytes;
}
