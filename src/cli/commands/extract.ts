// `newsgraph extract INPUT… --shard I/N --out DIR`: the map step alone, for one of N machines. It
// extracts every N-th input file, starting with the I-th, and writes their extractions into
// DIR/extractions-I-of-N.jsonl for `newsgraph merge` (src/shards).

import fs from 'node:fs';

import { extractCorpus, toPending, type BuildHooks } from '../../build';
import { openCache } from '../../cache';
import { NewsgraphError } from '../../errors';
import { extractorVersion } from '../../extract/version';
import { findFiles } from '../../ingest';
import { parseShard, shardIndices, writeShard } from '../../shards';
import { parseArgs } from '../args';
import { createProgress } from '../progress';
import { printFileProblems, type Io } from '../io';
import { EXIT_PARTIAL, jobsOption } from './build';

export const EXTRACT_USAGE = `newsgraph extract INPUT… --shard I/N --out DIR [--jobs N|auto] [--cache DIR] [--quiet]
  Extracts the I-th of N shards of the input files (every N-th file of the sorted list, from the I-th)
  and writes DIR/extractions-I-of-N.jsonl for newsgraph merge. --shard auto/N takes I from
  $JOB_COMPLETION_INDEX + 1 (a Kubernetes Indexed Job counts from 0).`;

/** --shard I/N as given, or "auto/N" with I from JOB_COMPLETION_INDEX (0-based, so I = index + 1). */
function shardSpec(value: string | true | undefined): string {
  if (typeof value !== 'string') throw new NewsgraphError('E_USAGE', 'usage: newsgraph extract needs --shard I/N (e.g. --shard 1/4).');
  const auto = /^auto\/(\d+)$/.exec(value);
  if (!auto) return value;
  const index = process.env.JOB_COMPLETION_INDEX;
  if (index === undefined || !/^\d+$/.test(index)) throw new NewsgraphError('E_BAD_OPTION', `options: --shard ${value} takes the shard from $JOB_COMPLETION_INDEX, which is ${index === undefined ? 'not set' : `"${index}"`}.`);
  return `${Number(index) + 1}/${auto[1]}`;
}

export async function runExtract(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['shard', 'out', 'jobs', 'cache'], boolean: ['quiet', 'help'] });
  if (args.flags.help) {
    io.out(EXTRACT_USAGE);
    return 0;
  }
  if (args.positional.length === 0) throw new NewsgraphError('E_USAGE', 'usage: newsgraph extract INPUT… --shard I/N --out DIR needs inputs.');
  if (typeof args.flags.out !== 'string') throw new NewsgraphError('E_USAGE', 'usage: newsgraph extract needs --out DIR (shared storage, read by newsgraph merge).');
  const { shard, of } = parseShard(shardSpec(args.flags.shard));
  const jobs = jobsOption(args);
  const out = args.flags.out;
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new NewsgraphError('E_OUTPUT_UNWRITABLE', `extract: "${out}" is a file. Choose a folder for --out.`, out);
  const cache = typeof args.flags.cache === 'string' ? openCache(args.flags.cache) : undefined;

  const found = findFiles(args.positional);
  const indices = shardIndices(found.files.length, shard, of);
  const pending = toPending(indices.map((i) => found.files[i]));
  const progress = createProgress(io, !!args.flags.quiet);
  const hooks: BuildHooks = { onDocument: (done, total) => progress.update(done, total) };
  const corpus = await extractCorpus(pending, jobs, hooks, cache).finally(() => progress.done());
  const first = shard === 1;
  const file = writeShard(
    out,
    { format: 'newsgraph-extractions/1', shard, of, files: found.files.length, extractor: extractorVersion(), skipped: first ? found.skipped : [], notes: first ? found.notes : [] },
    indices,
    corpus,
  );
  if (!args.flags.quiet) io.err(`newsgraph: shard ${shard} of ${of}: ${corpus.results.length} of ${found.files.length} documents extracted into ${file}${cache ? ` (${corpus.cached} from the cache)` : ''}`);
  const skipped = corpus.byIndex.filter((x) => x !== undefined && !('extraction' in x)) as Array<{ path: string; reason: string }>;
  printFileProblems(io, first ? [...found.skipped, ...skipped] : skipped, corpus.warnings);
  return skipped.length || (first && found.skipped.length) ? EXIT_PARTIAL : 0;
}
