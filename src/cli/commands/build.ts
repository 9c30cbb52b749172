// `newsgraph build [INPUT…] [--out DIR] [--base IRI] [--jobs N|auto] [--quiet]`: the main job.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { build, type BuildHooks } from '../../build';
import { NewsgraphError } from '../../errors';
import { resolveOptions } from '../../options';
import { assertWritable, writeOutputs } from '../../export';
import { parseArgs } from '../args';
import { createProgress } from '../progress';
import { printFileProblems, type Io } from '../io';

export const BUILD_USAGE = `newsgraph build [INPUT…] [--out DIR] [--base IRI] [--jobs N|auto] [--iterations N] [--no-cooccurrence] [--quiet]
  Reads .txt, .md and .html articles (default: seeds/) and writes graph.json, graph.nt, graph.ttl,
  graph.nq, ontology.ttl and index.html into DIR (default: output/). --jobs extracts on N worker threads (default
  and auto: one per core); the output is the same whatever N.`;

/** Exit code when the build succeeded but some input files were skipped. */
export const EXIT_PARTIAL = 3;

export function viewerBundlePath(): string {
  const besideDist = path.join(__dirname, '..', '..', 'viewer.js');
  // Run from src/ (ts-jest, CLI tests calling main()), the bundle is the one npm run build put in dist/.
  const fromSrc = path.join(__dirname, '..', '..', '..', 'dist', 'viewer.js');
  return fs.existsSync(besideDist) || !fs.existsSync(fromSrc) ? besideDist : fromSrc;
}

export async function runBuild(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['out', 'base', 'jobs', 'iterations', 'name'], boolean: ['quiet', 'no-cooccurrence', 'help'] });
  if (args.flags.help) {
    io.out(BUILD_USAGE);
    return 0;
  }
  const inputs = args.positional.length ? args.positional : ['seeds'];
  const out = typeof args.flags.out === 'string' ? args.flags.out : 'output';
  const num = (name: string) => {
    const v = args.flags[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new NewsgraphError('E_BAD_OPTION', `options: invalid --${name} "${v}". Expecting a whole number.`);
    return n;
  };
  // The output does not depend on --jobs (extract/workers.ts), so every core is used unless told otherwise.
  const jobs = args.flags.jobs === undefined || args.flags.jobs === 'auto' ? Math.min(64, os.availableParallelism()) : num('jobs')!;
  const options = {
    out,
    base: typeof args.flags.base === 'string' ? args.flags.base : undefined,
    jobs,
    iterations: num('iterations'),
    name: typeof args.flags.name === 'string' ? args.flags.name : undefined,
    cooccurrence: !args.flags['no-cooccurrence'],
  };
  // Fail before any work, and before touching the disk, on a bad option or an unwritable output.
  resolveOptions(options);
  assertWritable(out);
  let viewerBundle: string;
  try {
    viewerBundle = fs.readFileSync(viewerBundlePath(), 'utf8');
  } catch {
    throw new NewsgraphError('E_INPUT_UNREADABLE', `viewer: the bundle ${viewerBundlePath()} is missing. Run "npm run build" first.`);
  }
  const progress = createProgress(io, !!args.flags.quiet);
  const hooks: BuildHooks = { onDocument: (done, total) => progress.update(done, total), onStage: (stage) => progress.stage(stage) };
  const { files, skipped, warnings, summary } = await build(inputs, { ...options, viewerBundle }, hooks)
    .then((r) => ({
      files: r.files,
      skipped: r.skipped,
      warnings: r.warnings,
      summary: `newsgraph: ${r.documents} documents, ${r.words} words → ${r.graph.order} entities, ${r.graph.size} relations, ${r.triples} triples in ${out}/`,
    }))
    .finally(() => progress.done());
  // Only the file contents are held from here on: the graph can be collected while they are written.
  writeOutputs(out, files);
  if (!args.flags.quiet) io.err(summary);
  printFileProblems(io, skipped, warnings);
  return skipped.length ? EXIT_PARTIAL : 0;
}
