// Tests that need a program from the system rather than npm (Chromium, Debian's rapper, Virtuoso);
// never a test itself. `needs(program)` gives `describe` and `it` to register such tests with:
//  - the program is installed: they run;
//  - it is missing: they are skipped, each title tagged "(skipped: … is not installed; apt-get …)",
//    which test/_system-reporter.js counts, prints one line per file for and sums up at the end;
//  - it is missing and NEWSGRAPH_SYSTEM_TESTS=required (.ci/run sets it): they fail, saying what to install.

import fs from 'node:fs';
import path from 'node:path';

type Program = { commands: string[]; files?: string[]; install: string; env?: string };

// What each program is found by, and the Debian package that provides it (.ci/run installs them all).
const PROGRAMS = {
  chromium: { commands: ['chromium'], install: 'apt-get install -y chromium', env: 'CHROMIUM' },
  rapper: { commands: ['rapper'], install: 'apt-get install -y raptor2-utils' },
  virtuoso: {
    commands: ['virtuoso-t', 'isql-vt'],
    files: ['/etc/virtuoso-opensource-7/virtuoso.ini'],
    install: 'apt-get install -y virtuoso-opensource',
  },
} satisfies Record<string, Program>;

export type SystemProgram = keyof typeof PROGRAMS;

/** What NEWSGRAPH_SYSTEM_TESTS asks for: skip tests whose program is missing (default) or fail them. */
function mode(): 'skip' | 'required' {
  const v = process.env.NEWSGRAPH_SYSTEM_TESTS ?? '';
  if (v === '' || v === 'skip') return 'skip';
  if (v === 'required') return 'required';
  throw new Error(`NEWSGRAPH_SYSTEM_TESTS="${v}": expecting "required" (a missing program fails the run) or "skip" (the default)`);
}

/** The executable `command` resolves to on PATH, as a shell would find it. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Where the program is (its first command), or undefined when it, or a file it needs, is missing. */
export function findSystemProgram(name: SystemProgram): string | undefined {
  const p: Program = PROGRAMS[name];
  // An explicit path (CHROMIUM=/opt/chrome/chrome) wins over PATH.
  const explicit = p.env ? process.env[p.env] : undefined;
  if (explicit) return fs.existsSync(explicit) ? explicit : undefined;
  const found = p.commands.map(onPath);
  if (found.some((f) => !f) || (p.files ?? []).some((f) => !fs.existsSync(f))) return undefined;
  return found[0];
}

export interface Gate {
  /** The program's path when installed. */
  path: string | undefined;
  describe: (title: string, fn: () => void) => void;
  it: ((title: string, fn: jest.ProvidesCallback, timeout?: number) => void) & {
    each: <T extends readonly unknown[]>(table: ReadonlyArray<T>) => (title: string, fn: (...args: [...T]) => unknown, timeout?: number) => void;
  };
}

type AnyTest = (...args: unknown[]) => unknown;

/** A Gate's `it` over one of jest's (`it` or `it.skip`), with each title and body passed through `wrap`. */
function gatedIt(base: jest.It, wrap: (title: string, fn: AnyTest) => [string, AnyTest]): Gate['it'] {
  const it = ((title, fn, timeout) => {
    const [t, f] = wrap(title, fn as AnyTest);
    base(t, f as jest.ProvidesCallback, timeout);
  }) as Gate['it'];
  it.each = (table) => (title, fn, timeout) => {
    const [t, f] = wrap(title, fn as unknown as AnyTest);
    base.each(table as unknown as unknown[][])(t, f, timeout);
  };
  return it;
}

/** `describe` and `it` for tests that need `name`: run, skipped with a tagged title, or failed (see header). */
export function needs(name: SystemProgram): Gate {
  const found = findSystemProgram(name);
  if (found) return { path: found, describe: global.describe, it: gatedIt(global.it, (title, fn) => [title, fn]) };
  const p: Program = PROGRAMS[name];
  if (mode() === 'required') {
    const what = p.env && process.env[p.env] ? `${p.env}=${process.env[p.env]}` : p.commands.join(', ');
    const error = () => {
      throw new Error(`${name} is not installed (${what} not found) and NEWSGRAPH_SYSTEM_TESTS=required: ${p.install}`);
    };
    // One failing test says what to install; the block's own tests and hooks are not run (they would
    // only fail again, less clearly, trying to start the program).
    const describe = (title: string, fn: () => void) =>
      global.describe(title, () => {
        global.it(`needs ${name}`, error);
        global.describe.skip(`the tests (${name} is not installed)`, fn);
      });
    return { path: undefined, describe, it: gatedIt(global.it, (title) => [title, error]) };
  }
  // NOTE: the reporter reads this tag back (test/_system-reporter.js): keep the two in step.
  const tag = (title: string) => `${title} (skipped: ${name} is not installed; ${p.install})`;
  const describe = (title: string, fn: () => void) => global.describe.skip(tag(title), fn);
  return { path: undefined, describe, it: gatedIt(global.it.skip, (title, fn) => [tag(title), fn]) };
}
