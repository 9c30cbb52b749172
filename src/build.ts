// The orchestrator: lists the stages and runs them in order (unbuild's build.ts). Stages never call
// each other; this file passes each one's plain output to the next and times them.
//
// Documents stream through ingest and extract one at a time (read → extract → keep only the compact
// extraction), on this thread or on worker threads, so memory grows with the graph and not with the
// text; the later stages see every extraction at once, in document order.

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

import { NewsgraphError, withinStringLimit } from './errors';
import { extractDocuments, StandInTexts, type CodePointIndex, type ExtractedDocument } from './extract/workers';
import { buildGraph, type KnowledgeGraph } from './graph';
import { displayPath, findFiles, isSkipped, readDocument, type FileProblem, type Skipped } from './ingest';
import { layoutGraph, startLayout } from './layout';
import { renderJson, renderRdf, type OutputFile } from './export';
import { resolveEntities } from './resolve';
import { resolveOptions, type BuildOptions } from './options';
import type { Extraction, SourceDocument } from './types';
import { renderViewerPage } from './viewer/page';
import { buildPageData } from './viewer/page-data';

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

export type BuildPartial = Partial<BuildOptions> & { viewerBundle?: string };

/** One input document, read only when its turn comes; its size in bytes decides its shard. */
interface PendingDocument {
  path: string;
  size: number;
  read: () => SourceDocument | Skipped;
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
  resolveOptions(partial);
  const t0 = performance.now();
  const found = findFiles(inputs);
  const warnings: FileProblem[] = [...found.notes];
  const pending = found.files.map((f) => ({ path: f.path, size: sizeOf(f.path), read: () => readDocument(f, warnings) }));
  const result = await runStages(inputs, pending, partial, hooks, found.skipped, performance.now() - t0);
  // Shards read their files side by side: put the caveats back in file order.
  return { ...result, warnings: warnings.sort((a, b) => cmp(a.path, b.path)) };
}

/**
 * Builds from documents already in memory (tests, the library API): the same stages as build().
 * @throws NewsgraphError E_NO_INPUT, E_BAD_OPTION
 */
export async function buildFromDocuments(documents: SourceDocument[], partial: BuildPartial = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  resolveOptions(partial);
  const pending = [...documents].sort((a, b) => cmp(a.id, b.id)).map((d) => ({ path: d.path, size: typeof d.text === 'string' ? Buffer.byteLength(d.text) : 0, read: () => d }));
  return { ...(await runStages(['(documents)'], pending, partial, hooks, [], 0)), warnings: [] };
}

function noInput(inputs: string[], skipped: Skipped[]): NewsgraphError {
  const why = skipped.length ? ` (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => `${s.path}: ${s.reason}`).join('; ')})` : '';
  return new NewsgraphError('E_NO_INPUT', `ingest: no readable article in ${inputs.map((i) => `"${i}"`).join(', ')}${why}. Point newsgraph at .txt, .md or .html files.`, inputs[0]);
}

/**
 * Runs every stage over the pending documents.
 * @throws NewsgraphError E_NO_INPUT when no document could be read and extracted
 */
async function runStages(
  inputs: string[],
  pending: PendingDocument[],
  partial: BuildPartial,
  hooks: BuildHooks,
  skippedBefore: Skipped[],
  findMs: number,
): Promise<Omit<BuildResult, 'warnings'>> {
  const options = resolveOptions(partial);
  const timings = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

  // 1–2. ingest + extract, streaming.
  const streamStart = performance.now();
  const streamed = await streamDocuments(pending, options.jobs, hooks);
  timings.ingest = findMs + streamed.readMs;
  timings.extract = performance.now() - streamStart - streamed.readMs;
  const skipped = [...skippedBefore, ...streamed.skipped];
  const done = streamed.results;
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
  const layoutOptions = { iterations: options.iterations };
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
    const sentences = new Map<string, Extraction['sentences'][number]>();
    for (const d of done) for (const s of d.extraction.sentences) sentences.set(`${d.extraction.doc}#${s.index}`, s);
    const data = buildPageData(graph, resolved.entities, (doc, index) => sentences.get(`${doc}#${index}`));
    files.push({ name: 'index.html', content: withinStringLimit('index.html', () => renderViewerPage(JSON.stringify(data), partial.viewerBundle!, options.name)) });
  }
  lap('viewer');

  let words = 0;
  let bytes = 0;
  for (const d of done) {
    words += d.words;
    bytes += d.bytes;
  }
  return { graph, files, documents: done.length, words, bytes, triples, skipped, timings };
}

/**
 * Reads and extracts the documents, each text dropped as soon as its extraction is back (see
 * extract/workers.ts for shards and workers). Results and skips come back in document order.
 */
async function streamDocuments(
  pending: PendingDocument[],
  jobs: number,
  hooks: BuildHooks,
): Promise<{ results: ExtractedDocument[]; skipped: Skipped[]; readMs: number }> {
  const total = pending.length;
  const results: Array<ExtractedDocument | undefined> = new Array(total);
  const skipped: Array<Skipped | undefined> = new Array(total);
  let readMs = 0;
  let done = 0;
  const finished = () => hooks.onDocument?.(++done, total);
  const read = (i: number): SourceDocument | undefined => {
    const t = performance.now();
    const doc = pending[i].read();
    readMs += performance.now() - t;
    if (!isSkipped(doc)) return doc;
    skipped[i] = doc;
    finished();
    return undefined;
  };
  const sizes = pending.map((p) => p.size);
  await extractDocuments(sizes, jobs, read, (outcome) => {
    const i = outcome.i;
    if ('result' in outcome) results[i] = outcome.result;
    else skipped[i] = { path: displayPath(pending[i].path), reason: `extraction failed (${outcome.error.message}); this is a bug in newsgraph, please report it with this file` };
    finished();
  });
  return {
    results: results.filter((x): x is ExtractedDocument => x !== undefined),
    skipped: skipped.filter((x): x is Skipped => x !== undefined),
    readMs,
  };
}
