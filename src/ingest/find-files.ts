// Turns the user's INPUT arguments (files and folders) into a sorted list of candidate files.
// Walks folders recursively, enters each real folder once (so symlink loops end), reads each real
// file once, and reports what it could not enter or will not read (FIFOs, devices, broken links).

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

/** A file or folder that was skipped, or read with a caveat: the path as the user would type it, and why. */
export interface FileProblem {
  path: string;
  reason: string;
}

export interface FindResult {
  files: FoundFile[];
  /** Files and folders not read. */
  skipped: FileProblem[];
  /** Things read once although met twice (a link to a folder already read, the same file twice). */
  notes: FileProblem[];
}

/** The path relative to the working folder when it is below it, else absolute: what messages show. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** What kind of non-regular file a stat describes, for messages. */
function specialKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists the article files below the given inputs, sorted by id so builds are deterministic.
 * @throws NewsgraphError E_INPUT_NOT_FOUND when an input does not exist, E_INPUT_UNREADABLE when it cannot be examined.
 */
export function findFiles(inputs: string[]): FindResult {
  const found: FoundFile[] = [];
  const result: FindResult = { files: [], skipped: [], notes: [] };
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        throw new NewsgraphError(
          'E_INPUT_NOT_FOUND',
          `ingest: input "${input}" is a symbolic link that loops. Point newsgraph at the real folder.`,
          input,
        );
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new NewsgraphError(
          'E_INPUT_NOT_FOUND',
          `ingest: input "${input}" does not exist. Check the path (a file or a folder of .txt, .md or .html articles).`,
          input,
        );
      }
      throw new NewsgraphError(
        'E_INPUT_UNREADABLE',
        `ingest: cannot examine input "${input}" (${code}). Check its permissions.`,
        input,
        { cause: err },
      );
    }
    if (stat.isDirectory()) walk(abs, abs, found, result, seenDirs);
    else if (stat.isFile()) found.push({ path: abs, id: path.basename(abs) });
    else
      result.skipped.push({ path: input, reason: `${specialKind(stat)}, not a file; give newsgraph files or folders` });
  }
  result.files = assignIds(found, result.notes);
  return result;
}

/** Reads each real file once, and keeps ids unique: colliding ones become paths relative to the working folder. */
function assignIds(found: FoundFile[], notes: FileProblem[]): FoundFile[] {
  const byReal = new Map<string, FoundFile>();
  const unique: FoundFile[] = [];
  for (const f of found) {
    let real = f.path;
    try {
      real = fs.realpathSync(f.path);
    } catch {
      // Vanished since the walk: readDocument will say so.
    }
    const first = byReal.get(real);
    if (first) {
      notes.push({ path: displayPath(f.path), reason: `same file as ${displayPath(first.path)}; read once` });
      continue;
    }
    byReal.set(real, f);
    unique.push(f);
  }
  const count = new Map<string, number>();
  for (const f of unique) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  const files = unique.map((f) =>
    count.get(f.id)! > 1 ? { ...f, id: displayPath(f.path).split(path.sep).join('/') } : f,
  );
  return files.sort((a, b) => byString(a.id, b.id));
}

function walk(root: string, dir: string, out: FoundFile[], result: FindResult, seenDirs: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    result.skipped.push({
      path: displayPath(dir),
      reason: `cannot resolve this folder (${(err as NodeJS.ErrnoException).code}); check the links in its path`,
    });
    return;
  }
  // A symlink that points back up the tree would loop forever: enter each real folder once.
  if (seenDirs.has(real)) {
    if (dir !== real)
      result.notes.push({
        path: displayPath(dir),
        reason: `link to a folder already read (${displayPath(real)}); not read twice`,
      });
    return;
  }
  seenDirs.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    result.skipped.push({
      path: displayPath(dir),
      reason: `cannot list this folder (${(err as NodeJS.ErrnoException).code}); check its permissions`,
    });
    return;
  }
  for (const e of entries.sort((a, b) => byString(a.name, b.name))) {
    // Hidden files and folders (.git, .DS_Store, editors' swap files) are not articles.
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let st: fs.Stats | undefined;
    if (e.isSymbolicLink()) {
      try {
        st = fs.statSync(p);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const what =
          code === 'ELOOP'
            ? 'a symbolic link that loops'
            : code === 'ENOENT'
              ? 'a broken symbolic link'
              : `a link that cannot be followed (${code})`;
        result.skipped.push({ path: displayPath(p), reason: `${what}; fix or remove the link` });
        continue;
      }
    }
    const isDir = st ? st.isDirectory() : e.isDirectory();
    const isFile = st ? st.isFile() : e.isFile();
    if (isDir) walk(root, p, out, result, seenDirs);
    else if (!isFile) {
      const kind = st ? specialKind(st) : e.isFIFO() ? 'a named pipe (FIFO)' : e.isSocket() ? 'a socket' : 'a device';
      result.skipped.push({ path: displayPath(p), reason: `${kind}, not a file; move it out of the input folder` });
    } else {
      const ext = path.extname(e.name).toLowerCase();
      if ((TEXT_EXTENSIONS as readonly string[]).includes(ext) || ext === '') {
        out.push({ path: p, id: path.relative(root, p).split(path.sep).join('/') });
      } else {
        result.skipped.push({
          path: displayPath(p),
          reason: `not an article (${ext}): newsgraph reads ${TEXT_EXTENSIONS.join(' ')} and files without an extension`,
        });
      }
    }
  }
}
