// Turns the user's INPUT arguments (files and folders) into a sorted list of candidate files.
// Walks folders recursively, follows no symlink loops, and reports what it could not enter.

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../errors';

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const;

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Name shown in `docs` and evidence: relative to the input folder, or the base name for a file argument. */
  id: string;
}

export interface FindResult {
  files: FoundFile[];
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Lists the article files below the given inputs, sorted by id so builds are deterministic.
 * @throws NewsgraphError E_INPUT_NOT_FOUND when an input does not exist.
 */
export function findFiles(inputs: string[]): FindResult {
  const files: FoundFile[] = [];
  const skipped: FindResult['skipped'] = [];
  const seenReal = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') {
        throw new NewsgraphError('E_INPUT_NOT_FOUND', `ingest: input "${input}" does not exist. Check the path.`, input);
      }
      throw new NewsgraphError('E_INPUT_UNREADABLE', `ingest: cannot read "${input}" (${code}). Check its permissions.`, input);
    }
    if (stat.isDirectory()) walk(abs, abs, files, skipped, seenReal);
    else files.push({ path: abs, id: path.basename(abs) });
  }
  const byId = new Map<string, FoundFile>();
  for (const f of files) if (!byId.has(f.id)) byId.set(f.id, f);
  return {
    files: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    skipped,
  };
}

function walk(root: string, dir: string, out: FoundFile[], skipped: FindResult['skipped'], seenReal: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    skipped.push({ path: dir, reason: `cannot resolve (${(err as NodeJS.ErrnoException).code})` });
    return;
  }
  // A symlink that points back up the tree would loop forever: enter each real folder once.
  if (seenReal.has(real)) return;
  seenReal.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    skipped.push({ path: dir, reason: `cannot list folder (${(err as NodeJS.ErrnoException).code})` });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        skipped.push({ path: p, reason: `broken or looping link (${(err as NodeJS.ErrnoException).code})` });
        continue;
      }
    }
    if (isDir) walk(root, p, out, skipped, seenReal);
    else if (isFile) {
      const ext = path.extname(e.name).toLowerCase();
      if ((TEXT_EXTENSIONS as readonly string[]).includes(ext) || ext === '') {
        out.push({ path: p, id: path.relative(root, p).split(path.sep).join('/') });
      } else {
        skipped.push({ path: p, reason: `not a text article (${ext}); newsgraph reads ${TEXT_EXTENSIONS.join(' ')}` });
      }
    }
  }
}
