// Output errors: an unwritable output folder fails before any work, and a build that fails or is
// killed while writing leaves the previous output/ as it was (export/write-outputs.ts).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { NewsgraphError } from '../../src/errors';
import { assertWritable, writeOutputs } from '../../src/export';
import { ROOT, transpileSources } from '../ingest/_run-ts';
import { cleanTemps, FIXTURES, tempDir, writeTree } from '../ingest/_files';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NAMES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.nq', 'index.html'];

afterAll(cleanTemps);
afterEach(() => jest.restoreAllMocks());

/** Output files of one build: each 1 MB, so that writing them takes many system calls. */
const FILES = (names: string[], tag: string) =>
  names.map((name) => ({ name, content: `${tag}:${name}\n`.repeat(1 << 16).slice(0, 1 << 20) }));
const files = (tag: string) => FILES(NAMES, tag);

/** An output folder holding a previous build's files. */
function previousOutput(): string {
  const dir = tempDir();
  for (const f of files('old')) fs.writeFileSync(path.join(dir, f.name), f.content);
  return dir;
}

/** The folder's files, name → content, temporary ones included. */
function contents(dir: string): Record<string, string> {
  const names = fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isFile());
  return Object.fromEntries(names.sort().map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));
}

function shouldFail(run: () => void, code: string, message: RegExp) {
  let err: unknown;
  try {
    run();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(NewsgraphError);
  expect((err as NewsgraphError).code).toBe(code);
  expect((err as NewsgraphError).message).toMatch(message);
}

describe('assertWritable', () => {
  it('refuses an output path that is a file, or below a file, saying to choose another --out', () => {
    const dir = tempDir();
    writeTree(dir, { 'a-file': 'x' });
    shouldFail(
      () => assertWritable(path.join(dir, 'a-file')),
      'E_OUTPUT_UNWRITABLE',
      /"[^"]*a-file" is a file, not a folder\. Choose another --out/,
    );
    shouldFail(
      () => assertWritable(path.join(dir, 'a-file', 'out')),
      'E_OUTPUT_UNWRITABLE',
      /part of its path is a file\. Choose another --out/,
    );
    expect(fs.readFileSync(path.join(dir, 'a-file'), 'utf8')).toBe('x');
  });

  it('creates a missing output folder and leaves no probe behind', () => {
    const out = path.join(tempDir(), 'a', 'b');
    assertWritable(out);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('writeOutputs', () => {
  it('replaces every file and leaves no temporary file', () => {
    const out = previousOutput();
    writeOutputs(out, files('new'));
    expect(contents(out)).toEqual(Object.fromEntries(files('new').map((f) => [f.name, f.content])));
  });

  it('leaves the previous files byte for byte when the disk fills up halfway', () => {
    const out = previousOutput();
    const before = contents(out);
    const write = fs.writeSync;
    let n = 0;
    // (Files are written piece by piece with writeSync: the third write fails.)
    jest.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++n === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return (write as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    shouldFail(
      () => writeOutputs(out, files('new')),
      'E_OUTPUT_UNWRITABLE',
      /failed \(ENOSPC\); the previous output is unchanged\. The disk is full/,
    );
    expect(contents(out)).toEqual(before);
  });

  it('refuses, before writing anything, when an output file name is taken by a folder', () => {
    const out = previousOutput();
    fs.rmSync(path.join(out, 'graph.nq'));
    fs.mkdirSync(path.join(out, 'graph.nq'));
    const before = contents(out);
    shouldFail(() => writeOutputs(out, files('new')), 'E_OUTPUT_UNWRITABLE', /graph\.nq" is a folder/);
    expect(contents(out)).toEqual(before);
  });

  // A child process writes the outputs and SIGKILLs itself just before its Nth file-system call, for
  // every N: the moments a real kill can land between.
  it('leaves every file whole, old or new, whenever the writer is killed; all old until the first rename', () => {
    const lib = tempDir();
    transpileSources(lib, ['export/write-outputs.ts', 'errors.ts']);
    const child = (out: string, killAt: number) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `
          const fs = require('fs');
          const { writeOutputs } = require(${JSON.stringify(path.join(lib, 'export', 'write-outputs.js'))});
          const calls = [];
          for (const name of ['openSync', 'writeFileSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'unlinkSync', 'rmSync', 'mkdirSync']) {
            const original = fs[name];
            fs[name] = function (...args) {
              calls.push(name);
              if (calls.length === ${killAt}) process.kill(process.pid, 'SIGKILL');
              return original.apply(this, args);
            };
          }
          writeOutputs(${JSON.stringify(out)}, (${FILES.toString()})(${JSON.stringify(NAMES)}, 'new'));
          process.stdout.write(JSON.stringify(calls));
        `,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const full = child(previousOutput(), 0);
    expect(full.status).toBe(0);
    const calls: string[] = JSON.parse(full.stdout);
    const firstRename = calls.indexOf('renameSync') + 1;
    expect(firstRename).toBeGreaterThan(NAMES.length * 3);

    const oldFiles = Object.fromEntries(files('old').map((f) => [f.name, f.content]));
    const newFiles = Object.fromEntries(files('new').map((f) => [f.name, f.content]));
    for (let killAt = 1; killAt <= calls.length; killAt++) {
      const out = previousOutput();
      const r = child(out, killAt);
      expect(r.signal).toBe('SIGKILL');
      const renamed = calls.slice(0, killAt - 1).filter((c) => c === 'renameSync').length;
      for (const [i, name] of NAMES.entries()) {
        expect([killAt, name, fs.readFileSync(path.join(out, name), 'utf8')]).toEqual([
          killAt,
          name,
          i < renamed ? newFiles[name] : oldFiles[name],
        ]);
      }
      if (killAt <= firstRename) expect(renamed).toBe(0);
      // The next build removes what the killed one left and writes everything.
      writeOutputs(out, files('new'));
      expect(contents(out)).toEqual(newFiles);
    }
  });
});

describe('newsgraph build killed while running', () => {
  it('leaves each output file as the previous build wrote it or as the new one does', async () => {
    const input = tempDir();
    writeTree(input, { 'a.txt': fs.readFileSync(path.join(FIXTURES, 'latin1.txt')) });
    const build = (out: string) =>
      spawnSync(process.execPath, [CLI, 'build', input, '--out', out, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    const seedsOut = tempDir();
    expect(
      spawnSync(process.execPath, [CLI, 'build', 'seeds', '--out', seedsOut, '--quiet'], { cwd: ROOT }).status,
    ).toBe(0);
    const newFiles = contents(seedsOut);
    const previous = tempDir();
    expect(build(previous).status).toBe(0);
    const oldFiles = contents(previous);
    expect(Object.keys(oldFiles)).toEqual(Object.keys(newFiles));
    // index.html embeds dist/viewer.js, which a concurrent `npm run build` may replace: a whole new page
    // is one that ends as a page does and carries the new graph.
    const graphData = (html: string) => /<script id="graph-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
    const isWholeNew = (name: string, now: string) =>
      now === newFiles[name] ||
      (name === 'index.html' && now.endsWith('</html>\n') && graphData(now) === graphData(newFiles[name]));

    let killed = 0;
    for (const delay of [100, 300, 500, 700, 900, 1100]) {
      const out = tempDir();
      for (const [name, content] of Object.entries(oldFiles)) fs.writeFileSync(path.join(out, name), content);
      const proc = spawn(process.execPath, [CLI, 'build', 'seeds', '--out', out, '--quiet'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const timer = setTimeout(() => proc.kill('SIGKILL'), delay);
      const signal = await new Promise((resolve) => proc.on('exit', (_code, sig) => resolve(sig)));
      clearTimeout(timer);
      if (signal === 'SIGKILL') killed++;
      for (const name of Object.keys(oldFiles)) {
        const now = fs.readFileSync(path.join(out, name), 'utf8');
        expect([delay, name, now === oldFiles[name] || isWholeNew(name, now)]).toEqual([delay, name, true]);
      }
    }
    expect(killed).toBeGreaterThan(0);
  });
});
