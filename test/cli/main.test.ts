// The CLI's exit codes and messages for bad input, through main(argv, io) with captured stderr, and one
// real `node dist/cli/index.js build` run.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { Parser } from 'n3';

import { cleanTemps, FIXTURES, tempDir, writeTree } from '../ingest/_files';
import { runCli } from './_run';

const ROOT = path.join(__dirname, '..', '..');
const GOOD =
  'New Zealand Prime Minister Jacinda Ardern met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n';

afterAll(cleanTemps);

/** Runs main() with captured output. */
const run = (...argv: string[]) => runCli(argv);

/** A folder with one good article plus the given files. */
function inputWith(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir();
  writeTree(dir, { 'good.txt': GOOD, ...files });
  return dir;
}

describe('newsgraph exit codes', () => {
  it('0: every file was read, and the outputs are written', async () => {
    const out = path.join(tempDir(), 'out');
    const r = await run('build', inputWith(), '--out', out);
    expect(r).toMatchObject({ code: 0 });
    expect(r.err).toMatch(/^newsgraph: 1 documents, \d+ words → \d+ entities/);
    expect(fs.readdirSync(out).filter((n) => !n.startsWith('.'))).toEqual(
      expect.arrayContaining(['graph.json', 'graph.nt', 'graph.ttl', 'graph.nq', 'index.html']),
    );
  });

  it('3: built, and the summary lists every skipped file with why and what to do', async () => {
    const fifoDir = inputWith({
      'empty.txt': '',
      'photo.png': fs.readFileSync(path.join(FIXTURES, 'photo.png')),
      'scan.txt': fs.readFileSync(path.join(FIXTURES, 'pdf-named-as.txt')),
    });
    fs.symlinkSync('missing.txt', path.join(fifoDir, 'dangling.txt'));
    spawnSync('mkfifo', [path.join(fifoDir, 'pipe.txt')]);
    const r = await run('build', fifoDir, '--out', path.join(tempDir(), 'out'), '--quiet');
    expect(r.code).toBe(3);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe('newsgraph: skipped 5 files (the others were built; exit code 3):');
    expect(lines.slice(1).map((l) => l.replace(fifoDir + path.sep, ''))).toEqual([
      '  dangling.txt: a broken symbolic link; fix or remove the link',
      '  empty.txt: empty file; add text to it or leave it out',
      '  photo.png: not an article (.png): newsgraph reads .txt .text .md .markdown .html .htm and files without an extension',
      '  pipe.txt: a named pipe (FIFO), not a file; move it out of the input folder',
      '  scan.txt: binary file (PDF); newsgraph reads plain text, Markdown and HTML: convert it to text or move it out of the input folder',
    ]);
  });

  it('0 with warnings: files read with a caveat are named, and do not count as skipped', async () => {
    const r = await run(
      'build',
      inputWith({ 'broken.txt': fs.readFileSync(path.join(FIXTURES, 'invalid-utf8.txt')) }),
      '--out',
      path.join(tempDir(), 'out'),
      '--quiet',
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /^newsgraph: 1 warning about files that were read:\n {2}\S*broken\.txt: 2 invalid UTF-8 sequences replaced by "\uFFFD"; re-save the file as UTF-8/,
    );
  });

  it.each([
    [
      'a path that does not exist',
      () => [path.join(tempDir(), 'missing')],
      /input "[^"]*missing" does not exist\. Check the path/,
    ],
    [
      'a folder with no files',
      () => [tempDir()],
      /no readable article in "[^"]*"\. Point newsgraph at \.txt, \.md or \.html files/,
    ],
  ])('1: nothing built from %s', async (_what, inputs, message) => {
    const out = path.join(tempDir(), 'out');
    const r = await run('build', ...inputs(), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('1: nothing built when every file is bad, and the message names them', async () => {
    const dir = tempDir();
    writeTree(dir, { 'empty.txt': '', 'scan.txt': fs.readFileSync(path.join(FIXTURES, 'png-named-as.txt')) });
    const r = await run('build', dir, '--out', path.join(tempDir(), 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /no readable article in .* \(2 skipped: \S*empty\.txt: empty file; .*\S*scan\.txt: binary file \(PNG image\)/,
    );
  });

  it('1: an unwritable output is reported before any input is read', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a-file': 'x' });
    // The input does not exist either: the output error comes first, so no work was done.
    const r = await run('build', path.join(dir, 'missing'), '--out', path.join(dir, 'a-file'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^newsgraph: export: the output path "[^"]*a-file" is a file, not a folder\. Choose another --out/,
    );
    const below = await run('build', inputWith(), '--out', path.join(dir, 'a-file', 'out'));
    expect(below.code).toBe(1);
    expect(below.err).toMatch(/part of its path is a file/);
  });

  it.each([
    ['no command', [], /^usage: newsgraph <command>/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['build', '--frobnicate'], /unknown option --frobnicate/],
    ['an option without its value', ['build', '--out'], /--out needs a value/],
    ['a bad --base', ['build', '--base', 'not an iri'], /invalid --base "not an iri"\. Expecting an absolute IRI/],
    ['a bad --jobs', ['build', '--jobs', 'many'], /invalid --jobs "many"\. Expecting a whole number/],
  ])('2: usage error for %s, before touching the disk', async (_what, argv, message) => {
    const cwd = process.cwd();
    const dir = tempDir();
    process.chdir(dir);
    try {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(`${r.out}\n${r.err}`).toMatch(message);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('lists the exit codes in the usage text', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Exit codes: 0 success, 1 failure \(nothing built\), 2 usage error, 3 built but some input files were skipped/,
    );
  });

  it('escapes control characters of file names in messages', async () => {
    const r = await run(
      'build',
      inputWith({ 'evil\u001b[2J.txt': '' }),
      '--out',
      path.join(tempDir(), 'out'),
      '--quiet',
    );
    expect(r.code).toBe(3);
    expect(r.err).toContain('evil\\u001b[2J.txt: empty file');
    expect(r.err).not.toContain('\u001b');
  });
});

describe('node dist/cli/index.js build (smoke test)', () => {
  it('builds the fixtures folder of good and bad files, exits 3, and writes outputs that parse', () => {
    const out = path.join(tempDir(), 'out');
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli', 'index.js'), 'build', FIXTURES, '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^newsgraph: 8 documents, .*\nnewsgraph: skipped 8 files \(the others were built; exit code 3\):\n/,
    );
    expect(r.stderr).toMatch(/\n {2}test\/fixtures\/bad-input\/random-bytes\.txt: binary or encoded data, not text/);
    expect(r.stderr).toMatch(/\n {2}test\/fixtures\/bad-input\/photo\.png: not an article \(\.png\)/);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    for (const [file, format] of [
      ['graph.nt', 'N-Triples'],
      ['graph.ttl', 'Turtle'],
      ['graph.nq', 'N-Quads'],
    ]) {
      expect(new Parser({ format }).parse(fs.readFileSync(path.join(out, file), 'utf8')).length).toBeGreaterThan(0);
    }
  });
});
