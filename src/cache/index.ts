// The extraction cache: each document's compact extraction on disk, keyed by a hash of the document
// (id, format, decoded text) and of the extractor's version (extract/version.ts), so that a rebuild
// extracts only the documents that are new or changed, and an entry made by other code is never read.
// Extraction is a function of the document alone (extract/nlp-model.ts), which is what makes this sound.
// Entries are JSON, written atomically (temporary file, then rename), so processes may share a folder.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { ExtractedDocument } from '../extract/workers';
import type { SourceDocument } from '../types';
import { readFileIndex, writeFileIndex, type FileRecord } from './file-index';

export { readerVersion, statusOf, unchanged, type FileRecord, type FileStatus } from './file-index';

export interface ExtractionCache {
  readonly dir: string;
  /** The cached extraction under `key`, or undefined (absent, unreadable or corrupt: extract again). */
  get(key: string): ExtractedDocument | undefined;
  /** Stores an extraction; a folder that cannot be written is reported once and the build goes on. */
  put(key: string, value: ExtractedDocument): void;
  /** True when the folder holds no entry yet (a first build reads each file once, not twice). */
  isEmpty(): boolean;
  /** Removes the entries whose keys are not in `keep` (the default cache follows its output folder). */
  prune(keep: ReadonlySet<string>): number;
  /** The input files of the last build with their keys, for a reader of `version` (file-index.ts). */
  readFiles(version: string): Map<string, FileRecord>;
  /** Replaces that index with this build's files. */
  writeFiles(version: string, files: ReadonlyMap<string, FileRecord>): void;
  /** A problem met while writing, if any (shown as a warning). */
  problem?: string;
}

/** The cache key of a document for an extractor version: a hex SHA-256. */
export function cacheKey(doc: SourceDocument, version: string): string {
  return crypto.createHash('sha256').update(version).update('\0').update(doc.id).update('\0').update(doc.format).update('\0').update(doc.text).digest('hex');
}

const ENTRY = /^[0-9a-f]{64}\.json$/;

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`);
}

/** Opens (without creating yet) the cache in `dir`. */
export function openCache(dir: string): ExtractionCache {
  const cache: ExtractionCache = {
    dir,
    get(key) {
      let text: string;
      try {
        text = fs.readFileSync(entryPath(dir, key), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const value = JSON.parse(text) as { key?: string; value?: ExtractedDocument };
        return value.key === key ? value.value : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, value) {
      if (cache.problem) return;
      const file = entryPath(dir, key);
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // The key is stored too: a file copied or renamed by hand is not taken for another document.
        fs.writeFileSync(temp, JSON.stringify({ key, value }));
        fs.renameSync(temp, file);
      } catch (err) {
        try {
          fs.rmSync(temp, { force: true });
        } catch {
          // (Nothing was written.)
        }
        cache.problem = `cache: cannot write "${dir}" (${(err as NodeJS.ErrnoException).code ?? String(err)}); this build was not cached. Check its permissions, or pass --cache DIR or --no-cache.`;
      }
    },
    readFiles: (version) => readFileIndex(dir, version),
    writeFiles(version, files) {
      if (!cache.problem) writeFileIndex(dir, version, files);
    },
    isEmpty() {
      try {
        return !fs.readdirSync(dir).some((d) => /^[0-9a-f]{2}$/.test(d));
      } catch {
        return true;
      }
    },
    prune(keep) {
      let removed = 0;
      let subdirs: string[];
      try {
        subdirs = fs.readdirSync(dir).filter((d) => /^[0-9a-f]{2}$/.test(d));
      } catch {
        return 0;
      }
      for (const sub of subdirs) {
        const folder = path.join(dir, sub);
        for (const name of fs.readdirSync(folder)) {
          // (Temporary files may be another process's write in progress: left alone.)
          if (!ENTRY.test(name) || keep.has(name.slice(0, 64))) continue;
          fs.rmSync(path.join(folder, name), { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
  return cache;
}
