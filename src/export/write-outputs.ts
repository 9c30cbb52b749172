// The one place newsgraph writes output files (STYLE.md: only writeOutputs touches the disk).
// Every file is written to a hidden temporary name inside the output folder and flushed; only when all
// of them are on disk are they renamed over the old ones, one rename each. A build killed before that
// leaves the previous output/ byte for byte; the renames take microseconds, and each replaces one file
// whole, so no file is ever half-written. Temporary files of a killed build are removed by the next one.

import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../errors';
import type { OutputStream, Sink } from './sink';

/** A file to write into the output folder. */
export interface FileToWrite {
  name: string;
  content: string;
}

const TEMP = /^\.newsgraph-(\d+)-.*\.tmp$/;

function tempName(name: string): string {
  return `.newsgraph-${process.pid}-${name}.tmp`;
}

/** What to do about an error code when writing. */
function advice(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full: free some space';
    case 'EROFS':
      return 'The disk is read-only: choose another --out';
    case 'EACCES':
    case 'EPERM':
      return 'Check its permissions, or choose another --out';
    default:
      return 'Check the disk, or choose another --out';
  }
}

function unwritable(dir: string, what: string, err?: unknown): NewsgraphError {
  return new NewsgraphError(
    'E_OUTPUT_UNWRITABLE',
    `export: ${what}`,
    dir,
    err === undefined ? undefined : { cause: err },
  );
}

/**
 * Checks before any work that the output folder is (or can be made) a writable folder, and that none
 * of `names` in it is a folder.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function assertWritable(dir: string, names: readonly string[] = []): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR')
      throw unwritable(
        dir,
        `cannot create the output folder "${dir}": part of its path is a file. Choose another --out.`,
        err,
      );
    if (code !== 'ENOENT')
      throw unwritable(dir, `cannot use the output folder "${dir}" (${code}). ${advice(code)}.`, err);
  }
  if (st && !st.isDirectory())
    throw unwritable(
      dir,
      `the output path "${dir}" is a file, not a folder. Choose another --out, or move the file away.`,
    );
  try {
    if (!st) fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, tempName('probe'));
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOTDIR' || code === 'EEXIST' ? 'part of its path is a file' : `${code}`;
    throw unwritable(dir, `cannot write to the output folder "${dir}" (${what}). ${advice(code)}.`, err);
  }
  for (const name of names) {
    const target = path.join(dir, name);
    if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
      throw unwritable(
        dir,
        `"${target}" is a folder, so the file ${name} cannot be written there. Remove that folder, or choose another --out.`,
      );
    }
  }
}

/** Whether a process id is running (so its temporary files are still in use). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files left in dir by builds that were killed. */
function removeStaleTemps(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const m = TEMP.exec(name);
    if (m && (Number(m[1]) === process.pid || !isRunning(Number(m[1]))))
      fs.rmSync(path.join(dir, name), { force: true });
  }
}

// Pieces are gathered up to this many characters before a write: few system calls, little memory.
const WRITE_CHARS = 1 << 20;

/** Writes a file from a stream of pieces and flushes it to the disk, so a rename never points at data still in memory. */
export function writeDurably(file: string, write: (sink: Sink) => void): void {
  const fd = fs.openSync(file, 'w');
  try {
    let pieces: string[] = [];
    let chars = 0;
    const flush = () => {
      if (pieces.length) fs.writeSync(fd, pieces.join(''));
      pieces = [];
      chars = 0;
    };
    write((piece) => {
      pieces.push(piece);
      chars += piece.length;
      if (chars >= WRITE_CHARS) flush();
    });
    flush();
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (the renames); some file systems cannot, which only costs durability. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // NOTE: EISDIR/EINVAL on some platforms and file systems; the files themselves are already flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes the files into dir: all to temporary names first, then renamed, so that a build killed or
 * failing at any point before the renames leaves the previous files as they were.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function writeOutputs(dir: string, files: readonly FileToWrite[]): void {
  writeOutputStreams(
    dir,
    files.map((f) => ({ name: f.name, write: (sink: Sink) => sink(f.content) })),
  );
}

/**
 * writeOutputs for files written piece by piece: no file is ever held whole in memory, so their size
 * has no ceiling.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function writeOutputStreams(dir: string, files: readonly OutputStream[]): void {
  const staged = stageOutputs(dir);
  for (const f of files) staged.add(f);
  staged.commit();
}

/** Files written to temporary names one by one (add), then all renamed into place (commit) or removed (discard). */
export interface StagedOutputs {
  /** @throws NewsgraphError E_OUTPUT_UNWRITABLE (the files staged so far are removed) */
  add(file: OutputStream): void;
  /**
   * The temporary path a file is to be written to by someone else (a worker thread, with
   * writeDurably): committed and discarded with the others. The writer's errors are the caller's.
   */
  reserve(name: string): string;
  /** Removes the staged files and gives the error to throw for a write that failed (E_OUTPUT_UNWRITABLE for a system error). */
  failed(err: unknown): Error;
  /** @throws NewsgraphError E_OUTPUT_UNWRITABLE */
  commit(): void;
  discard(): void;
}

/**
 * Starts writing files into dir (checked first; temporary files of killed builds removed): a build
 * stages each file as soon as it can be written and commits them together at the end.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function stageOutputs(dir: string): StagedOutputs {
  assertWritable(dir);
  removeStaleTemps(dir);
  const staged: Array<[temp: string, final: string]> = [];
  const discard = () => {
    for (const [temp] of staged.splice(0)) fs.rmSync(temp, { force: true });
  };
  const reserve = (name: string) => {
    const final = path.join(dir, name);
    if (fs.statSync(final, { throwIfNoEntry: false })?.isDirectory()) {
      discard();
      throw unwritable(dir, `"${final}" is a folder, so the file ${name} cannot be written there. Remove that folder, or choose another --out.`);
    }
    const temp = path.join(dir, tempName(name));
    staged.push([temp, final]);
    return temp;
  };
  const failed = (err: unknown): Error => {
    discard();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) return err instanceof Error ? err : new Error(String(err));
    return unwritable(dir, `writing to "${dir}" failed (${code}); the previous output is unchanged. ${advice(code)}.`, err);
  };
  return {
    reserve,
    failed,
    add(f) {
      const temp = reserve(f.name);
      try {
        writeDurably(temp, f.write);
      } catch (err) {
        throw failed(err);
      }
    },
    commit() {
      let renamed = 0;
      try {
        for (const [temp, final] of staged) {
          fs.renameSync(temp, final);
          renamed++;
        }
      } catch (err) {
        for (const [temp] of staged.slice(renamed)) fs.rmSync(temp, { force: true });
        const code = (err as NodeJS.ErrnoException).code;
        throw unwritable(dir, `replacing the files in "${dir}" failed (${code}) after ${renamed} of ${staged.length}. ${advice(code)}, then build again.`, err);
      }
      staged.length = 0;
      syncFolder(dir);
    },
    discard,
  };
}
