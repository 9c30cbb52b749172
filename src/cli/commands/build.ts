// `newsgraph build [INPUT…] [--out DIR] [--base IRI] [--jobs N|auto] [--quiet]`: the main job.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { performance } from 'node:perf_hooks';

import { build, reduceCorpus, type BuildHooks, type BuildResult } from '../../build';
import { openCache } from '../../cache';
import { loadPositions, savePositions } from '../../cache/positions';
import { NewsgraphError } from '../../errors';
import type { KnowledgeGraph } from '../../graph/attributes';
import type { Positions } from '../../layout';
import { resolveOptions } from '../../options';
import { assertWritable } from '../../export';
import { readShards } from '../../shards';
import { parseArgs, type ParsedArgs } from '../args';
import { createProgress } from '../progress';
import { printFileProblems, type Io } from '../io';

export const BUILD_USAGE = `newsgraph build [INPUT…] [--out DIR] [--base IRI] [--jobs N|auto] [--iterations N] [--no-cooccurrence] [--cache DIR | --no-cache] [--quiet]
  Reads .txt, .md and .html articles (default: seeds/) and writes graph.json, graph.nt, graph.ttl,
  graph.nq, ontology.ttl and index.html into DIR (default: output/). --jobs extracts on N worker threads (default
  and auto: one per core); the output is the same whatever N. Each document's extraction is cached
  (default: DIR/.cache/), so a rebuild extracts only new and changed documents, and nodes of the previous
  graph keep their positions; --no-cache builds from scratch and lays out anew.`;

/** Exit code when the build succeeded but some input files were skipped. */
export const EXIT_PARTIAL = 3;

export function viewerBundlePath(): string {
  const besideDist = path.join(__dirname, '..', '..', 'viewer.js');
  // Run from src/ (ts-jest, CLI tests calling main()), the bundle is the one npm run build put in dist/.
  const fromSrc = path.join(__dirname, '..', '..', '..', 'dist', 'viewer.js');
  return fs.existsSync(besideDist) || !fs.existsSync(fromSrc) ? besideDist : fromSrc;
}

/** Node positions of a previous graph.json, if there is one that can be read (else none: a fresh layout). */
export function readPositions(file: string): Positions | undefined {
  try {
    // A graph.json past a few hundred MB is not read whole: that build lays out anew.
    if (fs.statSync(file).size > 256 * 1024 * 1024) return undefined;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes?: Array<{ key: string; attributes?: { x?: unknown; y?: unknown } }> };
    const positions = new Map<string, { x: number; y: number }>();
    for (const n of json.nodes ?? []) {
      const { x, y } = n.attributes ?? {};
      if (typeof x === 'number' && typeof y === 'number') positions.set(n.key, { x, y });
    }
    return positions;
  } catch {
    return undefined;
  }
}

const GRAPH_FLAGS = { boolean: ['quiet', 'no-cooccurrence', 'help'], value: ['out', 'base', 'iterations', 'name'] };

/** Options of the commands that write a graph (build, merge): output folder and BuildOptions. */
function graphOptions(args: ParsedArgs, jobs?: number) {
  const out = typeof args.flags.out === 'string' ? args.flags.out : 'output';
  const options = {
    out,
    base: typeof args.flags.base === 'string' ? args.flags.base : undefined,
    jobs,
    iterations: wholeNumber(args, 'iterations'),
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
  return { out, options: { ...options, viewerBundle, writeTo: out } };
}

/** A whole-number flag, or undefined. @throws NewsgraphError E_BAD_OPTION */
export function wholeNumber(args: ParsedArgs, name: string): number | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new NewsgraphError('E_BAD_OPTION', `options: invalid --${name} "${v}". Expecting a whole number.`);
  return Number(v);
}

/** --jobs N|auto: the output does not depend on it (extract/workers.ts), so every core is used unless told otherwise. */
export function jobsOption(args: ParsedArgs): number {
  return args.flags.jobs === undefined || args.flags.jobs === 'auto' ? Math.min(64, os.availableParallelism()) : wholeNumber(args, 'jobs')!;
}

/**
 * Runs a build or a merge with a progress display, writes its files into `out` and reports: the
 * summary line (unless --quiet), skipped files and warnings. Returns the exit code and the result.
 */
async function writeGraph(io: Io, args: ParsedArgs, out: string, run: (hooks: BuildHooks) => Promise<BuildResult>, note: (r: BuildResult) => string = () => ''): Promise<{ code: number; keys: Set<string>; graph: KnowledgeGraph }> {
  const progress = createProgress(io, !!args.flags.quiet);
  const hooks: BuildHooks = { onDocument: (done, total) => progress.update(done, total), onStage: (stage) => progress.stage(stage) };
  // The build writes the files into `out` itself, piece by piece (no output size is too large).
  const { skipped, warnings, summary, keys, graph } = await run(hooks)
    .then((r) => ({
      graph: r.graph,
      skipped: r.skipped,
      warnings: r.warnings,
      keys: r.keys,
      summary:
        `newsgraph: ${r.documents} documents, ${r.words} words → ${r.graph.order} entities, ${r.graph.size} relations, ${r.triples} triples in ${out}/${note(r)}` +
        (r.viewer && r.viewer.shown < r.viewer.total ? `\nnewsgraph: the viewer page shows the ${r.viewer.shown} most-mentioned of ${r.viewer.total} nodes (a browser page holds no more); graph.json and the RDF hold them all` : ''),
    }))
    .finally(() => progress.done());
  if (!args.flags.quiet) io.err(summary);
  printFileProblems(io, skipped, warnings);
  return { code: skipped.length ? EXIT_PARTIAL : 0, keys, graph };
}

export async function runBuild(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { boolean: [...GRAPH_FLAGS.boolean, 'no-cache'], value: [...GRAPH_FLAGS.value, 'jobs', 'cache'] });
  if (args.flags.help) {
    io.out(BUILD_USAGE);
    return 0;
  }
  const inputs = args.positional.length ? args.positional : ['seeds'];
  const { out, options } = graphOptions(args, jobsOption(args));
  if (args.flags['no-cache'] && args.flags.cache !== undefined) throw new NewsgraphError('E_USAGE', 'usage: --cache and --no-cache cannot go together.');
  const defaultCache = args.flags.cache === undefined;
  const cache = args.flags['no-cache'] ? undefined : openCache(typeof args.flags.cache === 'string' ? args.flags.cache : path.join(out, '.cache'));
  const graphFile = path.join(out, 'graph.json');
  const previousPositions = cache ? (loadPositions(cache.dir, graphFile) ?? readPositions(graphFile)) : undefined;
  const { code, keys, graph } = await writeGraph(
    io,
    args,
    out,
    (hooks) => build(inputs, { ...options, cache, previousPositions }, hooks),
    (r) => (cache ? ` (${r.extracted} extracted, ${r.cached} from the cache)` : ''),
  );
  // The default cache follows its output folder: entries of documents no longer built go.
  if (cache && defaultCache) cache.prune(keys);
  if (cache) savePositions(cache.dir, graphFile, graph);
  return code;
}

export const MERGE_USAGE = `newsgraph merge DIR… [--out OUT] [--base IRI] [--iterations N] [--no-cooccurrence] [--quiet]
  Reads the extractions that newsgraph extract --shard I/N wrote into the DIRs (all N shards), resolves
  them and writes the files of newsgraph build into OUT (default: output/): byte for byte what newsgraph
  build of the same inputs writes.`;

export async function runMerge(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, GRAPH_FLAGS);
  if (args.flags.help) {
    io.out(MERGE_USAGE);
    return 0;
  }
  if (args.positional.length === 0) throw new NewsgraphError('E_USAGE', 'usage: newsgraph merge DIR… needs the folders newsgraph extract --out wrote.');
  const { out, options } = graphOptions(args);
  const previousPositions = readPositions(path.join(out, 'graph.json'));
  const { code } = await writeGraph(io, args, out, async (hooks) => {
    const t = performance.now();
    const corpus = await readShards(args.positional);
    return reduceCorpus(args.positional, { ...corpus, readMs: performance.now() - t, extractMs: 0 }, { ...options, previousPositions }, hooks);
  });
  return code;
}
