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
 * Each entry's size and CRC-32 are checked. When the central directory is missing or damaged
 * (a truncated download), entries are recovered by scanning their local headers. Never throws:
 * a non-ZIP, truncated or damaged input gives problems and whatever entries could be read.
 * Encrypted, ZIP64 and non-deflate entries are reported as unsupported; a name that appears
 * twice is reported and left out.
 */
export function readZip(zip: Uint8Array): ZipContents {
  const problems: CaseProblem[] = [];
  const files = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  const take = (entry: EntryHeader, dataStart: number | string): void => {
    if (entry.name.endsWith('/')) return; // a folder entry carries no data
    if (seen.has(entry.name)) {
      files.delete(entry.name);
      problems.push({ file: entry.name, problem: 'appears more than once in the ZIP: which copy is meant cannot be known' });
      return;
    }
    seen.add(entry.name);
    const read = typeof dataStart === 'string' ? dataStart : readEntryData(zip, entry, dataStart);
    if (typeof read === 'string') problems.push({ file: entry.name, problem: read });
    else files.set(entry.name, read);
  };
  try {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directory = readDirectory(zip, view, take);
    if (directory !== null) {
      // A truncated download or a damaged directory: the entries before the damage are still
      // there, each with its own local header, so they are recovered rather than lost.
      const recovered = recoverFromLocalHeaders(zip, view, (entry, dataStart) => {
        if (!seen.has(entry.name)) take(entry, dataStart);
      });
      problems.unshift({ problem: `${directory}; ${recovered} entries were recovered from their local headers` });
    }
  } catch (error) {
    problems.push({ problem: `the ZIP could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return { files, problems };
}

/** Walks the central directory; returns null when it was whole, or what is wrong with it. */
function readDirectory(zip: Uint8Array, view: DataView, take: (entry: EntryHeader, dataStart: number | string) => void): string | null {
  const end = findEndOfDirectory(view);
  if (end < 0) return 'not a ZIP file, or its end is missing (truncated)';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return 'ZIP64 archives are not supported';
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return `the ZIP directory is damaged at entry ${i + 1} of ${count}`;
    const entry = readCentralEntry(zip, view, at);
    at = entry.next;
    take(entry, localDataStart(view, entry.localOffset));
  }
  return null;
}

/** Scans for local file headers from the start; returns how many entries it handed to `take`. */
function recoverFromLocalHeaders(zip: Uint8Array, view: DataView, take: (entry: EntryHeader, dataStart: number) => void): number {
  let count = 0;
  for (let at = 0; at + 30 <= view.byteLength; ) {
    if (view.getUint32(at, true) !== LOCAL) {
      at++;
      continue;
    }
    const flags = view.getUint16(at + 6, true);
    const nameLength = view.getUint16(at + 26, true);
    const dataStart = at + 30 + nameLength + view.getUint16(at + 28, true);
    const entry: EntryHeader = {
      name: decodeName(zip.subarray(at + 30, Math.min(at + 30 + nameLength, zip.length)), flags),
      flags,
      method: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 14, true),
      compressedSize: view.getUint32(at + 18, true),
      size: view.getUint32(at + 22, true),
    };
    // Bit 3: sizes follow the data, so where it ends is unknown; such entries cannot be recovered.
    if (flags & 8 || dataStart > view.byteLength) {
      at += 4;
      continue;
    }
    take(entry, dataStart);
    count++;
    at = Math.max(at + 4, Math.min(dataStart + entry.compressedSize, view.byteLength));
  }
  return count;
}

interface EntryHeader {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
}

interface CentralEntry extends EntryHeader {
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
  return {
    name: decodeName(zip.subarray(at + 46, at + 46 + nameLength), flags),
    flags,
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    next: at + 46 + nameLength + extraLength + commentLength,
  };
}

// Bit 11: the name is UTF-8; otherwise CP437, read here as Latin-1 (close enough to report it).
function decodeName(bytes: Uint8Array, flags: number): string {
  return flags & 0x800 ? new TextDecoder().decode(bytes) : Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}

/** Where an entry's data starts, from its local header, or why that header cannot be used. */
function localDataStart(view: DataView, local: number): number | string {
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return 'its local header is missing or damaged';
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

/** The entry's bytes, or why they cannot be trusted. */
function readEntryData(zip: Uint8Array, entry: EntryHeader, start: number): Uint8Array | string {
  if (entry.flags & 1) return 'is encrypted (not supported)';
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return 'is a ZIP64 entry (not supported)';
  if (entry.size > MAX_ENTRY_BYTES) return `declares ${entry.size} bytes, more than the ${MAX_ENTRY_BYTES} accepted`;
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
