// The cache's index of input files: for each file of the last build, its size, times and inode when it
// was read, and its cache key. A rebuild finds an unchanged file's key from that record without
// reading, decoding and hashing the file (a third of a rebuild's time on the 500 Brown texts), as git's
// index does; a file whose record does not match is read and hashed as before.
//
// A file changed within the resolution of its file system's clock (up to 2 s on FAT) may keep its
// size and modification time: a record is trusted only if the file was older than that when the
// record was made ("racily clean" entries in git's terms are read again). The change time and inode
// are compared too, which a tool that restores modification times does not restore. A record is only
// a hint: the key it gives must still find an entry, else the file is read.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a build knew of one input file. */
export interface FileRecord {
  /** The document id the file was read as (it depends on the input folder given). */
  id: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the file's status was taken (ms since the epoch). */
  seenAt: number;
  key: string;
  /** Caveats reading it gave (bytes replaced…), repeated on a rebuild that does not read it. */
  notes: string[];
}

/** A file's status as the index compares it, taken before the file is read. */
export type FileStatus = Pick<FileRecord, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'seenAt'>;

/** Clocks of common file systems tick at most this coarsely (FAT: 2 s). */
const CLOCK_RESOLUTION_MS = 2000;

const INDEX_FILE = 'files.json';

/** The status of a file, or undefined when it cannot be examined (reading it will say why). */
export function statusOf(file: string): FileStatus | undefined {
  try {
    const st = fs.statSync(file);
    return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, seenAt: Date.now() };
  } catch {
    return undefined;
  }
}

/** Whether a record still describes the file: same id, size, times and inode, and not racily recorded. */
export function unchanged(record: FileRecord, id: string, now: FileStatus): boolean {
  return (
    record.id === id &&
    record.size === now.size &&
    record.mtimeMs === now.mtimeMs &&
    record.ctimeMs === now.ctimeMs &&
    record.ino === now.ino &&
    Math.max(record.mtimeMs, record.ctimeMs) < record.seenAt - CLOCK_RESOLUTION_MS
  );
}

/**
 * The version an index is valid for: the extractor's, and the code that reads files (a change to
 * decoding changes a document's text, hence its key).
 */
export function readerVersion(extractorVersion: string): string {
  const hash = crypto.createHash('sha256').update(extractorVersion);
  const ingest = path.join(path.dirname(__dirname), 'ingest');
  let names: string[] = [];
  try {
    names = fs.readdirSync(ingest).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort();
  } catch {
    // (No ingest code beside this one: the extractor's version alone.)
  }
  for (const n of names) hash.update('\0').update(n).update('\0').update(fs.readFileSync(path.join(ingest, n)));
  return hash.digest('hex').slice(0, 32);
}

/** Reads the index of `dir` for `version`: path → record; empty when absent, unreadable or of another version. */
export function readFileIndex(dir: string, version: string): Map<string, FileRecord> {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, INDEX_FILE), 'utf8')) as { version?: string; files?: Record<string, FileRecord> };
    if (data.version !== version || typeof data.files !== 'object' || data.files === null) return new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return new Map();
  }
}

/** Writes the index atomically; a folder that cannot be written only costs the next build its speed. */
export function writeFileIndex(dir: string, version: string, files: ReadonlyMap<string, FileRecord>): void {
  const file = path.join(dir, INDEX_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  // A build that read nothing makes no cache folder.
  if (files.size === 0) return void fs.rmSync(file, { force: true });
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temp, JSON.stringify({ version, files: Object.fromEntries([...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }));
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}
