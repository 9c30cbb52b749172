// test/_system.ts and its reporter, end to end: a child jest runs a suite that needs rapper
// (test/fixtures/system/needs-rapper.fixture.ts) with PATH holding a rapper or not, with and without
// NEWSGRAPH_SYSTEM_TESTS=required, and its exit code and report are checked.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { onPath } from './_system';

const ROOT = path.join(__dirname, '..');
const JEST = require.resolve('jest/bin/jest');

let tmp: string;
let withRapper: string;
let withoutRapper: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-system-'));
  withRapper = path.join(tmp, 'with');
  withoutRapper = path.join(tmp, 'without');
  fs.mkdirSync(withRapper);
  fs.mkdirSync(withoutRapper);
  // Never run: the fixture only asks whether rapper is there.
  fs.writeFileSync(path.join(withRapper, 'rapper'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  fs.writeFileSync(path.join(withoutRapper, 'rapper'), 'not executable\n', { mode: 0o644 });
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs the fixture suite in a child jest with this PATH and NEWSGRAPH_SYSTEM_TESTS. */
function runFixture(pathDir: string, required: boolean): { code: number | null; out: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathDir, NEWSGRAPH_SYSTEM_TESTS: required ? 'required' : '' };
  const r = spawnSync(
    process.execPath,
    [JEST, '--ci', '--runInBand', '--roots', '<rootDir>/test/fixtures/system', '--testMatch', '**/*.fixture.ts', '--verbose'],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('onPath', () => {
  it('finds an executable file on PATH, and not a file without the execute bit', () => {
    const saved = process.env.PATH;
    try {
      process.env.PATH = `${withoutRapper}${path.delimiter}${withRapper}`;
      expect(onPath('rapper')).toBe(path.join(withRapper, 'rapper'));
      process.env.PATH = withoutRapper;
      expect(onPath('rapper')).toBeUndefined();
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('a suite that needs a system program', () => {
  it('runs its tests where the program is installed', () => {
    const r = runFixture(withRapper, true);
    expect(r.out).toMatch(/Tests: +5 passed, 5 total/);
    expect(r.out).not.toMatch(/not installed/);
    expect(r.code).toBe(0);
  });

  it('skips them where it is missing, saying so in one line and in the summary', () => {
    const r = runFixture(withoutRapper, false);
    expect(r.out).toMatch(/Tests: +4 skipped, 1 passed, 5 total/);
    expect(r.out).toContain('skipped 4 tests of test/fixtures/system/needs-rapper.fixture.ts: rapper is not installed (apt-get install -y raptor2-utils)');
    expect(r.out).toMatch(/Skipped 4 tests that need a program this machine does not have:\n +rapper is not installed \(apt-get install -y raptor2-utils\): 4 tests in test\/fixtures\/system\/needs-rapper\.fixture\.ts/);
    expect(r.code).toBe(0);
  });

  it('fails them where it is missing under NEWSGRAPH_SYSTEM_TESTS=required', () => {
    const r = runFixture(withoutRapper, true);
    expect(r.out).toContain('rapper is not installed (rapper not found) and NEWSGRAPH_SYSTEM_TESTS=required: apt-get install -y raptor2-utils');
    // Three tests and the block fail; the test that needs nothing passes.
    expect(r.out).toMatch(/Tests: +4 failed, 1 skipped, 1 passed, 6 total/);
    expect(r.code).toBe(1);
  });
});
