// The orchestrator: lists the stages and runs them in order (unbuild's build.ts). Stages never call
// each other; this file passes each one's plain output to the next and times them.
//
// Documents stream through ingest and extract one at a time (read → extract → keep only the compact
// extraction), on this thread or on worker threads, so memory grows with the graph and not with the
// text; the later stages see every extraction at once, in document order.

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

import { cacheKey, type ExtractionCache } from './cache';
import { NewsgraphError, withinStringLimit } from './errors';
import { extractorVersion } from './extract/version';
import { extractDocuments, StandInTexts, type CodePointIndex, type ExtractedDocument } from './extract/workers';
import { buildGraph, type KnowledgeGraph } from './graph';
import { displayPath, findFiles, isSkipped, readDocument, type FileProblem, type Skipped } from './ingest';
import { layoutGraph, startLayout, type Positions } from './layout';
import { renderJson, renderRdf, type OutputFile } from './export';
import { resolveEntities } from './resolve';
import { resolveOptions, type BuildOptions } from './options';
import type { SourceDocument } from './types';
import { renderViewerPage } from './viewer/page';

export const STAGES = ['ingest', 'extract', 'resolve', 'graph', 'layout', 'export', 'viewer'] as const;
export type Stage = (typeof STAGES)[number];

export interface BuildResult {
  graph: KnowledgeGraph;
  files: OutputFile[];
  /** Documents extracted (skipped ones not counted). */
  documents: number;
  words: number;
  /** UTF-8 bytes of the decoded texts. */
  bytes: number;
  triples: number;
  /** Documents extracted by this build, and documents whose extraction came from the cache. */
  extracted: number;
  cached: number;
  /** Cache keys of the documents built (empty without a cache). */
  keys: Set<string>;
  skipped: Skipped[];
  /** Files read with a caveat (bytes replaced, a link to a folder already read…): path and what to do. */
  warnings: FileProblem[];
  /**
   * Milliseconds per stage. Ingest is the time spent reading; extract the rest of the streaming phase.
   * Layout runs on a worker thread while RDF is rendered, so those two overlap.
   */
  timings: Record<Stage, number>;
}

export interface BuildHooks {
  /** Called as each document is done, extracted or skipped (progress bars). */
  onDocument?: (done: number, total: number) => void;
  /** Called when a stage after the streaming phase starts. */
  onStage?: (stage: Stage) => void;
}

export type BuildPartial = Partial<BuildOptions> & {
  viewerBundle?: string;
  /** Extractions kept between builds (src/cache); none by default. */
  cache?: ExtractionCache;
  /** Positions of the previous build's nodes: they keep them, new nodes settle around them. */
  previousPositions?: Positions;
};

/** One input document, read only when its turn comes; its size in bytes decides its shard. */
export interface PendingDocument {
  path: string;
  size: number;
  /** Reads the file; caveats (bytes replaced…) go to `warnings`. */
  read: (warnings: FileProblem[]) => SourceDocument | Skipped;
}

/** The map step's result: each document's extraction in document order, and what was skipped. */
export interface ExtractedCorpus {
  results: ExtractedDocument[];
  skipped: Skipped[];
  warnings: FileProblem[];
  extracted: number;
  cached: number;
  /** Milliseconds reading files, and the rest of the map step. */
  readMs: number;
  extractMs: number;
  /** Cache keys of the documents of this build. */
  keys: Set<string>;
  /** What became of each pending document, by its index (extract --shard writes it). */
  byIndex: Array<ExtractedDocument | Skipped | undefined>;
}

/** A file's size, or 0 when it cannot be examined (reading it will say why). */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads the inputs and builds the graph and every output file (not yet written).
 * @throws NewsgraphError E_INPUT_NOT_FOUND, E_NO_INPUT, E_BAD_OPTION
 */
export async function build(inputs: string[], partial: BuildPartial = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const options = resolveOptions(partial);
  const t0 = performance.now();
  const found = findFiles(inputs);
  const pending = found.files.map((f) => ({ path: f.path, size: sizeOf(f.path), read: (w: FileProblem[]) => readDocument(f, w) }));
  const findMs = performance.now() - t0;
  const corpus = await extractCorpus(pending, options.jobs, hooks, partial.cache);
  corpus.readMs += findMs;
  return reduceCorpus(inputs, { ...corpus, skipped: [...found.skipped, ...corpus.skipped], warnings: [...found.notes, ...corpus.warnings] }, partial, hooks);
}

/**
 * Builds from documents already in memory (tests, the library API): the same stages as build().
 * @throws NewsgraphError E_NO_INPUT, E_BAD_OPTION
 */
export async function buildFromDocuments(documents: SourceDocument[], partial: BuildPartial = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const options = resolveOptions(partial);
  const pending = [...documents].sort((a, b) => cmp(a.id, b.id)).map((d) => ({ path: d.path, size: typeof d.text === 'string' ? Buffer.byteLength(d.text) : 0, read: () => d }));
  const corpus = await extractCorpus(pending, options.jobs, hooks, partial.cache);
  return { ...(await reduceCorpus(['(documents)'], corpus, partial, hooks)), warnings: [] };
}

function noInput(inputs: string[], skipped: Skipped[]): NewsgraphError {
  const why = skipped.length ? ` (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => `${s.path}: ${s.reason}`).join('; ')})` : '';
  return new NewsgraphError('E_NO_INPUT', `ingest: no readable article in ${inputs.map((i) => `"${i}"`).join(', ')}${why}. Point newsgraph at .txt, .md or .html files.`, inputs[0]);
}

/**
 * The reduce: resolves the extracted documents and renders every output (extract, merge and build
 * share it, so the same extractions give the same bytes however they were made).
 * @throws NewsgraphError E_NO_INPUT when no document could be read and extracted
 */
export async function reduceCorpus(inputs: string[], corpus: ExtractedCorpus, partial: BuildPartial, hooks: BuildHooks = {}): Promise<BuildResult> {
  const options = resolveOptions(partial);
  const timings = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  timings.ingest = corpus.readMs;
  timings.extract = corpus.extractMs;
  const skipped = corpus.skipped;
  const done = corpus.results;
  if (done.length === 0) throw noInput(inputs, skipped);

  let t = performance.now();
  const stage = (s: Stage) => hooks.onStage?.(s);
  const lap = (s: Stage) => {
    const now = performance.now();
    timings[s] += now - t;
    t = now;
  };
  stage('resolve');
  const resolved = resolveEntities(
    done.map((d) => d.extraction),
    { cooccurrence: options.cooccurrence },
  );
  lap('resolve');
  stage('graph');
  const graph = buildGraph(resolved, { name: options.name, base: options.base });
  lap('graph');
  // Layout runs on a worker thread while the RDF files, which do not read positions, are rendered:
  // the two stages overlap, and each one's time is its own.
  stage('layout');
  const layoutOptions = { iterations: options.iterations, previous: partial.previousPositions };
  const stopLayout = new AbortController();
  const layout = startLayout(graph, layoutOptions, stopLayout.signal).catch(() => {
    // A layout worker that fails is a bug, but not one worth the build: lay out in this thread.
    return () => {
      const start = performance.now();
      layoutGraph.assign(graph, layoutOptions);
      return performance.now() - start;
    };
  });
  stage('export');
  const exportStart = performance.now();
  const codePoints = new Map<string, CodePointIndex>(done.map((d) => [d.extraction.doc, d.codePoints]));
  let rdf: Awaited<ReturnType<typeof renderRdf>>;
  try {
    rdf = await withinStringLimit('the RDF', () => renderRdf(graph, { base: options.base, docTexts: new StandInTexts(codePoints) }));
  } catch (err) {
    stopLayout.abort();
    throw err;
  }
  timings.export = performance.now() - exportStart;
  const apply = await layout;
  timings.layout = apply();
  t = performance.now();
  const files = [{ name: 'graph.json', content: withinStringLimit('graph.json', () => renderJson(graph)) }, ...rdf.files];
  const triples = rdf.triples;
  lap('export');
  stage('viewer');
  if (partial.viewerBundle !== undefined) {
    const json = files.find((f) => f.name === 'graph.json')!.content;
    files.push({ name: 'index.html', content: withinStringLimit('index.html', () => renderViewerPage(json, partial.viewerBundle!, options.name)) });
  }
  lap('viewer');

  let words = 0;
  let bytes = 0;
  for (const d of done) {
    words += d.words;
    bytes += d.bytes;
  }
  // Shards read their files side by side: put the caveats back in file order.
  const warnings = [...corpus.warnings].sort((a, b) => cmp(a.path, b.path));
  return { graph, files, documents: done.length, words, bytes, triples, extracted: corpus.extracted, cached: corpus.cached, keys: corpus.keys, skipped, warnings, timings };
}

/**
 * The map: reads and extracts the documents, each text dropped as soon as its extraction is back (see
 * extract/workers.ts for shards and workers); with a cache, documents already extracted by the same
 * extractor are not extracted again. Results and skips come back in document order.
 * @throws WorkerStartError when no worker can start
 */
export async function extractCorpus(pending: PendingDocument[], jobs: number, hooks: BuildHooks = {}, cache?: ExtractionCache): Promise<ExtractedCorpus> {
  const start = performance.now();
  const total = pending.length;
  const results: Array<ExtractedDocument | undefined> = new Array(total);
  const skipped: Array<Skipped | undefined> = new Array(total);
  const warnings: FileProblem[] = [];
  const keys: string[] = new Array(total);
  const version = cache ? extractorVersion() : '';
  let readMs = 0;
  let done = 0;
  let cached = 0;
  const finished = () => hooks.onDocument?.(++done, total);
  const read = (i: number, into: FileProblem[]): SourceDocument | undefined => {
    const t = performance.now();
    const doc = pending[i].read(into);
    readMs += performance.now() - t;
    if (!isSkipped(doc)) {
      if (cache) keys[i] = cacheKey(doc, version);
      return doc;
    }
    skipped[i] = doc;
    finished();
    return undefined;
  };

  // With entries in the cache, every file is read once to find its key, and the documents that miss
  // are read again when their turn to be extracted comes (texts are never all held at once).
  let todo = pending.map((_, i) => i);
  let sizes = pending.map((p) => p.size);
  let reread = false;
  if (cache && !cache.isEmpty()) {
    todo = [];
    sizes = [];
    reread = true;
    for (let i = 0; i < total; i++) {
      const doc = read(i, warnings);
      if (!doc) continue;
      const hit = cache.get(keys[i]);
      if (hit) {
        results[i] = hit;
        cached++;
        finished();
      } else {
        todo.push(i);
        sizes.push(Buffer.byteLength(doc.text));
      }
    }
  }
  if (todo.length > 0) {
    await extractDocuments(
      sizes,
      jobs,
      (j) => read(todo[j], reread ? [] : warnings),
      (outcome) => {
        const i = todo[outcome.i];
        if ('result' in outcome) {
          results[i] = outcome.result;
          cache?.put(keys[i], outcome.result);
        } else {
          skipped[i] = { path: displayPath(pending[i].path), reason: `extraction failed (${outcome.error.message}); this is a bug in newsgraph, please report it with this file` };
        }
        finished();
      },
    );
  }
  if (cache?.problem) warnings.push({ path: cache.dir, reason: cache.problem });
  const kept = results.filter((x): x is ExtractedDocument => x !== undefined);
  return {
    results: kept,
    skipped: skipped.filter((x): x is Skipped => x !== undefined),
    warnings,
    extracted: kept.length - cached,
    cached,
    readMs,
    extractMs: performance.now() - start - readMs,
    keys: new Set(keys.filter((k, i) => k !== undefined && results[i] !== undefined)),
    byIndex: Array.from({ length: total }, (_, i) => results[i] ?? skipped[i]),
  };
}
