#!/usr/bin/env node
// The newsgraph command: parses the command name, dispatches, maps errors to exit codes.
// The only module that prints. NewsgraphError → one line on stderr; anything else is a bug → stack.

import v8 from 'node:v8';

import { NewsgraphError } from '../errors';
import { BUILD_USAGE, MERGE_USAGE, runBuild } from './commands/build';
import { EXTRACT_USAGE } from './commands/extract';
import { LOAD_USAGE, QUERY_USAGE } from './usage';
import { printable, processIo, type Io } from './io';

export const USAGE = `usage: newsgraph <command> [options]

${BUILD_USAGE}

${EXTRACT_USAGE}

${MERGE_USAGE}

${QUERY_USAGE}

${LOAD_USAGE}

newsgraph serve [DIR] [--port N]
  Serves the viewer on localhost.

Exit codes: 0 success, 1 failure (nothing built), 2 usage error, 3 built but some input files were skipped.`;

const EXIT_BY_CODE: Record<string, number> = { E_USAGE: 2, E_BAD_OPTION: 2 };

type Command = (argv: string[], io: Io) => Promise<number>;

async function loadCommand(name: string): Promise<Command | undefined> {
  switch (name) {
    case 'build':
      return runBuild;
    case 'extract':
      return (await import('./commands/extract')).runExtract;
    case 'merge':
      return (await import('./commands/build')).runMerge;
    case 'query':
      return (await import('./commands/query')).runQuery;
    case 'load':
      return (await import('./commands/load')).runLoad;
    case 'serve':
      return (await import('./commands/serve')).runServe;
    default:
      return undefined;
  }
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  try {
    const command = await loadCommand(name);
    if (!command) {
      io.err(`newsgraph: unknown command "${printable(name)}". Commands: build, extract, merge, query, load, serve.`);
      return 2;
    }
    return await command(rest, io);
  } catch (err) {
    if (err instanceof NewsgraphError) {
      // Messages quote paths and arguments as typed: control characters must not reach the terminal.
      io.err(`newsgraph: ${err.message.split('\n').map(printable).join('\n')}`);
      return EXIT_BY_CODE[err.code] ?? 1;
    }
    io.err(`newsgraph: internal error (a bug; please report it with this trace):\n${(err as Error)?.stack ?? String(err)}`);
    return 1;
  }
}

/**
 * V8 flags the command sets for its own process (a library leaves its host's flags alone). V8's
 * optimising compiler works anew in every extraction worker, and on the Brown benchmark it spent
 * ~2.4 s of CPU per process compiling, much of it again after deoptimisations of the large rule
 * functions. Without inlining it spent 0.3 s less per worker (~5% of the build); with a larger
 * interrupt budget (400 KB of bytecode run before a function is considered hot, against 132 KB)
 * fewer functions are compiled, and more of them on stable type feedback: the whole build took
 * 5.6–5.8 s before and 5.0–5.2 s after, 14% less CPU, on a quiet 2-core machine (2026-12-05).
 * The layout loses some on very large graphs (50,000 nodes: ~3.3 → ~3.8 s without inlining).
 * scripts/bench.mjs runs its builds and its layout with the same flags.
 */
export const PROCESS_V8_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=400000'];

if (require.main === module) {
  // Process-wide, and set before any build code is optimised.
  for (const flag of PROCESS_V8_FLAGS) v8.setFlagsFromString(flag);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
