// The orchestrator: lists the stages and runs them in order (unbuild's build.ts). Stages never call
// each other; this file passes each one's plain output to the next and times them.
//
// Documents stream through ingest and extract one at a time (read → extract → keep only the compact
// extraction), on this thread or on worker threads, so memory grows with the graph and not with the
// text; the later stages see every extraction at once, in document order.

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

import { cacheKey, readerVersion, statusOf, unchanged, type ExtractionCache, type FileRecord } from './cache';
import { NewsgraphError, withinStringLimit } from './errors';
import { extractorVersion } from './extract/version';
import { extractDocuments, StandInTexts, type CodePointIndex, type ExtractedDocument } from './extract/workers';
import { buildGraph, type KnowledgeGraph } from './graph';
import { displayPath, findFiles, isSkipped, readDocument, type FileProblem, type FoundFile, type Skipped } from './ingest';
import { layoutGraph, prestartLayoutWorker, startLayout, styleGraph, WORKER_MIN_ORDER, type Positions } from './layout';
import { collect, MAX_VIEWER_JSON_BYTES, RDF_FILES, rdfStreams, stageOutputs, toRdfGraphData, toSerializedGraph, toViewerPart, writeCompactJson, writeJson, writeRdfFiles, type OutputFile, type OutputStream, type StagedOutputs } from './export';
import { prestartRdfWorker, writeRdfInWorker } from './export/rdf-in-worker';
import { discardSpareWorkers, WorkerFailure } from './utils/start-worker';
import { resolveEntities } from './resolve';
import { resolveOptions, type BuildOptions } from './options';
import type { Entity, Extraction, SourceDocument } from './types';
import { writeViewerPage } from './viewer/page';
import { buildPageData } from './viewer/page-data';

export const STAGES = ['ingest', 'extract', 'resolve', 'graph', 'layout', 'export', 'viewer'] as const;
export type Stage = (typeof STAGES)[number];

/** How much of the graph the viewer page shows: all of it unless it is too large for a browser. */
export interface ViewerSummary {
  shown: number;
  total: number;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  /** The output files as strings; empty when they were written to the `writeTo` folder. */
  files: OutputFile[];
  /** Set when a viewer page was made. */
  viewer?: ViewerSummary;
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
  /**
   * Write the files into this folder as they are made, piece by piece and atomically, instead of
   * returning them as strings: no output size is then too large.
   */
  writeTo?: string;
  /** Graph data a viewer page holds at most (default MAX_VIEWER_JSON_BYTES, ~45 MB). */
  viewerMaxBytes?: number;
  /** Make the RDF files on a worker thread (default: for mid-sized graphs written to a folder). */
  rdfWorker?: boolean;
};

/** One input document, read only when its turn comes; its size in bytes decides its shard. */
export interface PendingDocument {
  path: string;
  /** The document id it is read as, when it is a file (the cache's index of files needs it). */
  id?: string;
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

/** Found files as pending documents, each read only when its turn comes. */
export function toPending(files: readonly FoundFile[]): PendingDocument[] {
  return files.map((f) => ({ path: f.path, id: f.id, size: sizeOf(f.path), read: (w: FileProblem[]) => readDocument(f, w) }));
}

/**
 * Reads the inputs and builds the graph and every output file (not yet written).
 * @throws NewsgraphError E_INPUT_NOT_FOUND, E_NO_INPUT, E_BAD_OPTION
 */
export async function build(inputs: string[], partial: BuildPartial = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const options = resolveOptions(partial);
  const t0 = performance.now();
  const found = findFiles(inputs);
  const pending = toPending(found.files);
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
  try {
    return await reduce(inputs, corpus, partial, hooks);
  } finally {
    discardSpareWorkers();
  }
}

/**
 * The workers of the layout and of the RDF files, started before resolution when the graph will
 * likely need them (no fewer names than a graph laid out on a worker has nodes): they load their
 * modules on the core that the extraction workers left and resolution does not use. One that no
 * job takes is stopped at the end of the build. A rebuild that extracted no more than a tenth of its
 * documents will most likely find 90% of its nodes in the previous positions and run no layout
 * (layout/index.ts KNOWN_SHARE): its layout worker would start for nothing (~0.15 s of CPU).
 */
function prestartWorkers(corpus: ExtractedCorpus, partial: BuildPartial): void {
  const names = new Set<string>();
  for (const d of corpus.results) for (const m of d.extraction.mentions) names.add(m.key);
  if (names.size < WORKER_MIN_ORDER) return;
  const settled = (partial.previousPositions?.size ?? 0) > 0 && corpus.extracted * 10 <= corpus.results.length;
  if (!settled) prestartLayoutWorker();
  if (partial.writeTo !== undefined && partial.rdfWorker !== false) prestartRdfWorker();
}

async function reduce(inputs: string[], corpus: ExtractedCorpus, partial: BuildPartial, hooks: BuildHooks): Promise<BuildResult> {
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
  prestartWorkers(corpus, partial);
  const { graph, entities } = resolveAndBuild(done, options, () => {
    lap('resolve');
    stage('graph');
  });
  lap('graph');
  // Layout runs on a worker thread while the RDF files, which do not read positions, are rendered:
  // the two stages overlap, and each one's time is its own.
  stage('layout');
  const layoutOptions = { iterations: options.iterations, previous: partial.previousPositions };
  const stopLayout = new AbortController();
  const layout = startLayout(graph, layoutOptions, stopLayout.signal).catch(() => {
    // A layout worker that fails is a bug, but not one worth the build: lay out in this thread.
    return (styled?: boolean) => {
      const start = performance.now();
      layoutGraph.assign(graph, layoutOptions, styled);
      return performance.now() - start;
    };
  });
  stage('export');
  const exportStart = performance.now();
  const codePoints = new Map<string, CodePointIndex>(done.map((d) => [d.extraction.doc, d.codePoints]));
  // Files go to the output folder piece by piece (temporary names, renamed together at the end), or,
  // for the library API, into strings (bounded by V8's longest string).
  const staged = partial.writeTo !== undefined ? stageOutputs(partial.writeTo) : undefined;
  const strings = new Map<string, string>();
  const emit = (file: OutputStream) => {
    if (staged) staged.add(file);
    else strings.set(file.name, withinStringLimit(file.name, () => collect(file.write)));
  };
  let triples = 0;
  // A mid-sized graph written to a folder has its RDF made on a worker thread while this one writes
  // graph.json and the viewer page (tiny graphs are not worth a thread; a huge one would be held twice).
  const stopRdf = new AbortController();
  let rdfWorker: Promise<number> | undefined;
  // Sizes and colours (layout/index.ts styleGraph) and the export that graph.json is written from:
  // after the RDF worker has its data (what the RDF reads, rdf/rdf-graph.ts: no size, colour or
  // position) or, when the RDF is made in this thread, after the RDF (a huge graph is not held twice
  // while its RDF rows are).
  let styleMs = 0;
  const styleAndExport = () => {
    const start = performance.now();
    styleGraph(graph);
    styleMs = performance.now() - start;
    return toSerializedGraph(graph);
  };
  try {
    if (staged && (partial.rdfWorker ?? (graph.size >= RDF_WORKER_EDGES[0] && graph.size <= RDF_WORKER_EDGES[1]))) rdfWorker = rdfOnWorker(graph, options.base, codePoints, staged, stopRdf.signal);
  } catch (err) {
    // (A file that cannot be staged: the staged ones are gone already; the layout is stopped too.)
    stopLayout.abort();
    throw err;
  }
  // (Handled now, awaited later: a failure before then must not count as an unhandled rejection.)
  rdfWorker?.catch(() => undefined);
  const stopAll = async () => {
    stopLayout.abort();
    stopRdf.abort();
    await rdfWorker?.catch(() => undefined);
    staged?.discard();
  };
  if (!rdfWorker) {
    try {
      triples = await emitRdf(graph, options.base, codePoints, emit);
    } catch (err) {
      await stopAll();
      throw err;
    }
  }
  timings.export = performance.now() - exportStart;
  // While the layout runs (the RDF is made already, or its worker has its data): all of graph.json
  // and the viewer's page data that does not depend on positions. The graph is styled and exported
  // with x and y at 0, written in when the layout is back (the page data shares the exported nodes).
  let t0 = performance.now();
  let sentences: Map<string, Map<number, Extraction['sentences'][number]>> | undefined;
  let wholePage: ReturnType<typeof buildPageData> | undefined;
  let ready!: ReturnType<KnowledgeGraph['export']>;
  try {
    ready = styleAndExport();
    timings.export += performance.now() - t0 - styleMs;
    t0 = performance.now();
    if (partial.viewerBundle !== undefined) {
      // Each entity's mention sentences and the evidence as rows of one sentence table (page-data.ts).
      sentences = new Map();
      for (const d of done) sentences.set(d.extraction.doc, new Map(d.extraction.sentences.map((s) => [s.index, s])));
      const lookup = sentences;
      if (graph.size <= EARLY_PAGE_EDGES) wholePage = buildPageData(graph, entities, (doc, index) => lookup.get(doc)?.get(index), undefined, ready);
    }
    timings.viewer += performance.now() - t0;
    const apply = await layout;
    t0 = performance.now();
    // (x and y are written onto the graph's attribute objects, which `ready` holds.)
    timings.layout = apply(true) + styleMs;
    timings.layout += performance.now() - t0;
  } catch (err) {
    await stopAll();
    throw err;
  }
  t = performance.now();
  let viewer: ViewerSummary | undefined;
  try {
    const cap = partial.viewerMaxBytes ?? MAX_VIEWER_JSON_BYTES;
    // graph.json's size tells whether the whole graph fits a viewer page (its page data is smaller).
    let jsonBytes = 0;
    emit({
      name: 'graph.json',
      write: (sink) =>
        writeJson(ready, (p) => {
          jsonBytes += Buffer.byteLength(p);
          sink(p);
        }),
    });
    lap('export');
    stage('viewer');
    if (partial.viewerBundle !== undefined) {
      // Most graphs fit whole; past the cap the page gets the most-mentioned part (viewer-part.ts).
      // (Without a folder to write to, graph.json is written above all the same, into a string.)
      const part = jsonBytes <= cap ? { graph: ready, shown: graph.order, total: graph.order } : toViewerPart(ready, cap);
      viewer = { shown: part.shown, total: part.total };
      const lookup = sentences!;
      const sentenceOf = (doc: string, index: number) => lookup.get(doc)?.get(index);
      let data = wholePage;
      if (part.shown < part.total) {
        const shownGraph = graph.nullCopy();
        shownGraph.import(part.graph as typeof ready);
        data = buildPageData(shownGraph, entities, sentenceOf);
      } else data ??= buildPageData(graph, entities, sentenceOf, undefined, ready);
      const notice =
        part.shown < part.total
          ? `This page shows the ${part.shown.toLocaleString('en')} most-mentioned of the ${part.total.toLocaleString('en')} nodes of this graph, as much as a browser page holds; graph.json and the RDF files hold them all.`
          : undefined;
      emit({ name: 'index.html', write: (sink) => writeViewerPage((s) => writeCompactJson(data as unknown as Record<string, unknown>, s), partial.viewerBundle!, options.name, notice, sink) });
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  lap('viewer');
  if (rdfWorker) {
    const waited = performance.now();
    try {
      triples = await rdfWorker;
    } catch (err) {
      throw staged!.failed(err);
    }
    timings.export += performance.now() - waited;
    t = performance.now();
  }
  staged?.commit();
  const order = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.nq', 'ontology.ttl', 'index.html'];
  const files: OutputFile[] = order.filter((name) => strings.has(name)).map((name) => ({ name, content: strings.get(name)! }));

  let words = 0;
  let bytes = 0;
  for (const d of done) {
    words += d.words;
    bytes += d.bytes;
  }
  // Shards read their files side by side: put the caveats back in file order.
  const warnings = [...corpus.warnings].sort((a, b) => cmp(a.path, b.path));
  return { graph, files, viewer, documents: done.length, words, bytes, triples, extracted: corpus.extracted, cached: corpus.cached, keys: corpus.keys, skipped, warnings, timings };
}

/**
 * Edges up to which the viewer's page data for the whole graph is made while the layout runs: such a
 * graph's graph.json (the Brown benchmark: 18,600 edges, 17 MB) fits the page's cap of ~45 MB. A
 * larger one may not, and its page is made once graph.json's size is known.
 */
const EARLY_PAGE_EDGES = 40_000;

/** Edges between which a graph's RDF is made on a worker thread (see reduceCorpus). */
const RDF_WORKER_EDGES = [2_000, 400_000] as const;

/**
 * Starts the RDF files on a worker thread, writing to paths staged now; resolves with the number of
 * triples. If the worker itself fails (it could not start), the files are written in this thread.
 */
function rdfOnWorker(graph: KnowledgeGraph, base: string, codePoints: Map<string, CodePointIndex>, staged: StagedOutputs, signal: AbortSignal): Promise<number> {
  const files = Object.fromEntries(RDF_FILES.map((name) => [name, staged.reserve(name)]));
  const job = { graph: toRdfGraphData(graph), base, codePoints: [...codePoints], files };
  return writeRdfInWorker(job, signal).catch((err: unknown) => {
    if (!(err instanceof WorkerFailure) || signal.aborted) throw err;
    return writeRdfFiles(graph, { base, docTexts: new StandInTexts(codePoints) }, files);
  });
}

/** Writes the RDF files and returns the number of triples; its rows, the build's largest data, die with this call. */
async function emitRdf(graph: KnowledgeGraph, base: string, codePoints: Map<string, CodePointIndex>, emit: (file: OutputStream) => void): Promise<number> {
  const rdf = await rdfStreams(graph, { base, docTexts: new StandInTexts(codePoints) });
  for (const file of rdf.streams) emit(file);
  return rdf.triples;
}

/**
 * Resolution and the graph. Past this point a document's extraction is read only for its sentences
 * (the viewer's mention lists): its mentions and relations, which `resolved` and then the graph hold
 * in another form, are let go, and so are the resolved relations once in the graph, before the RDF is
 * written (where a large build reaches its peak memory). The map's results are consumed here.
 */
function resolveAndBuild(done: ExtractedDocument[], options: ReturnType<typeof resolveOptions>, resolvedNow: () => void): { graph: KnowledgeGraph; entities: Entity[] } {
  const resolved = resolveEntities(
    done.map((d) => d.extraction),
    { cooccurrence: options.cooccurrence },
  );
  resolvedNow();
  for (const d of done) d.extraction = { doc: d.extraction.doc, sentences: d.extraction.sentences, mentions: [], relations: [] };
  return { graph: buildGraph(resolved, { name: options.name, base: options.base }), entities: resolved.entities };
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
  const filesVersion = cache ? readerVersion(version) : '';
  // This build's input files and their keys (cache/file-index.ts), by document index.
  const records: Array<FileRecord | undefined> = new Array(total);
  let readMs = 0;
  let done = 0;
  let cached = 0;
  const finished = () => hooks.onDocument?.(++done, total);
  const read = (i: number, into: FileProblem[]): SourceDocument | undefined => {
    const t = performance.now();
    const { id, path: file } = pending[i];
    // (Taken before the file is read, so that a change while it is read shows next time.)
    const status = cache && id !== undefined ? statusOf(file) : undefined;
    const notes: FileProblem[] = [];
    const doc = pending[i].read(notes);
    into.push(...notes);
    readMs += performance.now() - t;
    if (!isSkipped(doc)) {
      if (cache) keys[i] = cacheKey(doc, version);
      if (status) records[i] = { id: id!, ...status, key: keys[i], notes: notes.map((n) => n.reason) };
      return doc;
    }
    skipped[i] = doc;
    finished();
    return undefined;
  };
  /** The cached extraction of a file the index says is unchanged, without reading it. */
  const known = cache && !cache.isEmpty() ? cache.readFiles(filesVersion) : new Map<string, FileRecord>();
  const hitUnread = (i: number): boolean => {
    const { id, path: file } = pending[i];
    const record = id !== undefined ? known.get(file) : undefined;
    const status = record ? statusOf(file) : undefined;
    if (!record || !status || !unchanged(record, id!, status)) return false;
    const hit = cache!.get(record.key);
    if (!hit) return false;
    keys[i] = record.key;
    records[i] = record;
    results[i] = hit;
    for (const reason of record.notes) warnings.push({ path: displayPath(file), reason });
    return true;
  };

  // With entries in the cache, every file not known unchanged is read once to find its key, and the
  // documents that miss are read again when their turn to be extracted comes (texts are never all
  // held at once).
  let todo = pending.map((_, i) => i);
  let sizes = pending.map((p) => p.size);
  let reread = false;
  if (cache && !cache.isEmpty()) {
    todo = [];
    sizes = [];
    reread = true;
    for (let i = 0; i < total; i++) {
      const t = performance.now();
      const unread = hitUnread(i);
      readMs += performance.now() - t;
      if (unread) {
        cached++;
        finished();
        continue;
      }
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
  if (cache) cache.writeFiles(filesVersion, new Map(records.flatMap((r, i) => (r && results[i] ? [[pending[i].path, r] as const] : []))));
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
