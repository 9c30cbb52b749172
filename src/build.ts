// The orchestrator: lists the stages and runs them in order (unbuild's build.ts). Stages never call
// each other; this file passes each one's plain output to the next and times them.

import { performance } from 'node:perf_hooks';

import { NewsgraphError } from './errors';
import { extractDocument } from './extract';
import { buildGraph, type KnowledgeGraph } from './graph';
import { readDocuments, type Skipped } from './ingest';
import { layoutGraph } from './layout';
import { renderOutputs, type OutputFile } from './export';
import { resolveEntities } from './resolve';
import { resolveOptions, type BuildOptions } from './options';
import type { Extraction, SourceDocument } from './types';
import { renderViewerPage } from './viewer/page';

export const STAGES = ['ingest', 'extract', 'resolve', 'graph', 'layout', 'export', 'viewer'] as const;
export type Stage = (typeof STAGES)[number];

export interface BuildResult {
  graph: KnowledgeGraph;
  files: OutputFile[];
  documents: number;
  words: number;
  bytes: number;
  triples: number;
  skipped: Skipped[];
  timings: Record<Stage, number>;
}

export interface BuildHooks {
  /** Called after each document is extracted (progress bars). */
  onDocument?: (done: number, total: number) => void;
  /** Extracts many documents at once (worker threads); the default runs in this thread. */
  extractAll?: (docs: SourceDocument[], onDone: (n: number) => void) => Promise<Extraction[]>;
}

/** Builds from documents already read (pure apart from the clock): extract → … → viewer. */
export async function buildFromDocuments(
  documents: SourceDocument[],
  partial: Partial<BuildOptions> & { viewerBundle?: string } = {},
  hooks: BuildHooks = {},
  skipped: Skipped[] = [],
  ingestMs = 0,
): Promise<BuildResult> {
  const options = resolveOptions(partial);
  const timings = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  timings.ingest = ingestMs;
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] += now - t;
    t = now;
  };

  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let extractions: Extraction[];
  if (hooks.extractAll) extractions = await hooks.extractAll(docs, (n) => hooks.onDocument?.(n, docs.length));
  else {
    extractions = [];
    for (const d of docs) {
      extractions.push(extractDocument(d));
      hooks.onDocument?.(extractions.length, docs.length);
    }
  }
  lap('extract');
  const resolved = resolveEntities(extractions, { cooccurrence: options.cooccurrence });
  lap('resolve');
  const graph = buildGraph(resolved, { name: options.name, base: options.base });
  lap('graph');
  layoutGraph.assign(graph, { iterations: options.iterations });
  lap('layout');
  const docTexts = new Map(docs.map((d) => [d.id, d.text]));
  const { files, triples } = await renderOutputs(graph, { base: options.base, docTexts });
  lap('export');
  if (partial.viewerBundle !== undefined) {
    const json = files.find((f) => f.name === 'graph.json')!.content;
    files.push({ name: 'index.html', content: renderViewerPage(json, partial.viewerBundle, options.name) });
  }
  lap('viewer');
  let words = 0;
  let bytes = 0;
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text);
    words += (d.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) || []).length;
  }
  return { graph, files, documents: docs.length, words, bytes, triples, skipped, timings };
}

/**
 * Reads the inputs and builds the graph and every output file (not yet written).
 * @throws NewsgraphError E_INPUT_NOT_FOUND, E_NO_INPUT, E_BAD_OPTION
 */
export async function build(inputs: string[], partial: Partial<BuildOptions> & { viewerBundle?: string } = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  resolveOptions(partial);
  const t0 = performance.now();
  const { documents, skipped } = readDocuments(inputs);
  const ingestMs = performance.now() - t0;
  if (documents.length === 0) {
    const why = skipped.length ? ` (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => `${s.path}: ${s.reason}`).join('; ')})` : '';
    throw new NewsgraphError('E_NO_INPUT', `ingest: no readable article in ${inputs.map((i) => `"${i}"`).join(', ')}${why}. Point newsgraph at .txt, .md or .html files.`, inputs[0]);
  }
  return buildFromDocuments(documents, partial, hooks, skipped, ingestMs);
}
