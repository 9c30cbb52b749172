import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../../src/errors';
import { findFiles } from '../../src/ingest';
import { cleanTemps, tempDir, writeTree } from './_files';

afterAll(cleanTemps);

const ids = (dir: string) => findFiles([dir]).files.map((f) => f.id);

/** Expects findFiles to throw a NewsgraphError with this code. */
function shouldFail(inputs: string[], code: string) {
  let err: unknown;
  try {
    findFiles(inputs);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(NewsgraphError);
  expect((err as NewsgraphError).code).toBe(code);
  expect((err as NewsgraphError).file).toBe(inputs[0]);
}

describe('findFiles', () => {
  it('lists articles below a folder, sorted, named relative to it, without hidden files', () => {
    const dir = tempDir();
    writeTree(dir, {
      'b.txt': 'B',
      'a/c.md': 'C',
      'a/d.html': 'D',
      README: 'R',
      '.hidden.txt': 'H',
      '.git/x.txt': 'X',
    });
    expect(ids(dir)).toEqual(['README', 'a/c.md', 'a/d.html', 'b.txt']);
  });

  it('skips files that are not articles, saying which extensions it reads', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'A', 'photo.jpg': 'x', 'data.json': '{}' });
    const r = findFiles([dir]);
    expect(r.files.map((f) => f.id)).toEqual(['a.txt']);
    expect(r.skipped.map((s) => path.basename(s.path))).toEqual(['data.json', 'photo.jpg']);
    expect(r.skipped[0].reason).toMatch(/not an article \(\.json\): newsgraph reads \.txt/);
  });

  it('follows a symlink loop back to an ancestor folder once, with a note and no skip', () => {
    const dir = tempDir();
    writeTree(dir, { 'a/x.txt': 'X' });
    fs.symlinkSync('..', path.join(dir, 'a', 'up'));
    const r = findFiles([dir]);
    expect(r.files.map((f) => f.id)).toEqual(['a/x.txt']);
    expect(r.skipped).toEqual([]);
    expect(r.notes).toEqual([
      { path: path.join(dir, 'a', 'up'), reason: expect.stringMatching(/link to a folder already read/) },
    ]);
  });

  it('skips links that loop among themselves and broken links, naming each', () => {
    const dir = tempDir();
    writeTree(dir, { 'ok.txt': 'OK' });
    fs.symlinkSync('b.txt', path.join(dir, 'a.txt'));
    fs.symlinkSync('a.txt', path.join(dir, 'b.txt'));
    fs.symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    const r = findFiles([dir]);
    expect(r.files.map((f) => f.id)).toEqual(['ok.txt']);
    expect(r.skipped.map((s) => [path.basename(s.path), s.reason])).toEqual([
      ['a.txt', 'a symbolic link that loops; fix or remove the link'],
      ['b.txt', 'a symbolic link that loops; fix or remove the link'],
      ['dangling.txt', 'a broken symbolic link; fix or remove the link'],
    ]);
  });

  // Tests run as root, for whom chmod 000 still reads: a FIFO is the file that really cannot be read
  // (opening it would wait for a writer forever).
  it('skips a named pipe, in a folder or given by name, instead of waiting on it', () => {
    const dir = tempDir();
    writeTree(dir, { 'ok.txt': 'OK' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = findFiles([dir]);
    expect(r.files.map((f) => f.id)).toEqual(['ok.txt']);
    expect(r.skipped).toEqual([
      { path: path.join(dir, 'pipe.txt'), reason: 'a named pipe (FIFO), not a file; move it out of the input folder' },
    ]);
    expect(findFiles([path.join(dir, 'pipe.txt')]).skipped[0].reason).toMatch(/named pipe/);
  });

  it('reads a file met twice (as an argument and in its folder, or through a link) once', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'A' });
    fs.symlinkSync('a.txt', path.join(dir, 'also-a.txt'));
    const r = findFiles([dir, path.join(dir, 'a.txt')]);
    expect(r.files.map((f) => f.id)).toEqual(['a.txt']);
    expect(r.notes.map((n) => n.reason)).toEqual([
      expect.stringMatching(/^same file as .*a\.txt; read once$/),
      expect.stringMatching(/^same file as/),
    ]);
  });

  it('keeps files with the same name in two input folders apart', () => {
    const dir = tempDir();
    writeTree(dir, { 'one/x.txt': '1', 'two/x.txt': '2', 'two/y.txt': '3' });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(findFiles(['one', 'two']).files.map((f) => f.id)).toEqual(['one/x.txt', 'two/x.txt', 'y.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('finds nothing, without an error, in an empty folder', () => {
    expect(findFiles([tempDir()])).toEqual({ files: [], skipped: [], notes: [] });
  });

  it('throws E_INPUT_NOT_FOUND for a path that does not exist, below a file, or that loops', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'A' });
    fs.symlinkSync('loop', path.join(dir, 'loop'));
    shouldFail([path.join(dir, 'missing')], 'E_INPUT_NOT_FOUND');
    shouldFail([path.join(dir, 'a.txt', 'below')], 'E_INPUT_NOT_FOUND');
    shouldFail([path.join(dir, 'loop')], 'E_INPUT_NOT_FOUND');
  });
});
