// Layout: positions from ForceAtlas2 (seeded, so deterministic; Barnes–Hut above 1,000 nodes, with an
// iteration budget that shrinks as the graph grows), node size from degree, colour from kind.
// `layoutGraph` returns the attributes; `layoutGraph.assign` writes them onto the graph (graphology's
// layout / layout.assign convention).

import type { KnowledgeGraph } from '../graph/attributes';
import { inferSettings, type ForceAtlas2Settings, type LayoutArrays } from './forceatlas2';
import { runPeeledLayout } from './peel-leaves';
import { EDGE_COLOR, KIND_COLORS, TYPED_EDGE_COLOR } from './kind-colors';
import { keepPositions, type Positions } from './keep-positions';
import { runInWorker, type LayoutJob } from './run-in-worker';
import { seedPositions } from './seed-positions';

export { KIND_COLORS } from './kind-colors';
export { seededRandom } from './seed-positions';
export { inferSettings, type ForceAtlas2Settings } from './forceatlas2';
export { prestartLayoutWorker } from './run-in-worker';
export type { Positions } from './keep-positions';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default iterationBudget(order). */
  iterations?: number;
  seed?: number;
  /** Overrides of the inferred ForceAtlas2 settings. */
  settings?: Partial<ForceAtlas2Settings>;
  /** The previous build's positions: those nodes keep them, new ones settle around them. */
  previous?: Positions;
}

export type NodeLayout = { x: number; y: number; size: number; color: string };

/**
 * Iterations for a graph of `order` nodes: 300 up to 2,000 nodes, then 600,000 node-iterations in all
 * (60 at 10,000 nodes), and never fewer than 50. Neighbour-seeded starting positions
 * (seed-positions.ts) make that enough: measured with scripts/bench-layout.mjs on the 10,000-node
 * graph, the mean edge length over the mean distance between random pairs is 0.407 after 60
 * iterations, 0.388 after 100 and 0.377 after 150 (~0.5 is noise), at 0.8, 1.2 and 1.8 s. Past that
 * point the viewer's live ForceAtlas2 refines what the user looks at.
 */
export function iterationBudget(order: number): number {
  return Math.min(300, Math.max(50, Math.round(600_000 / Math.max(1, order))));
}

function round(n: number): number {
  // Rounded so that the JSON is stable across platforms' last-bit float differences.
  return Math.round(n * 1000) / 1000;
}

// Co-occurrences pull less than stated relations, so typed facts shape the layout.
const edgeWeight = (predicate: string) => (predicate === 'mentionedWith' ? 0.2 : 1);

/** The graph as arrays in graph order, with seeded starting positions. */
function toLayoutArrays(graph: KnowledgeGraph, seed: number, seeded = true): LayoutArrays {
  const n = graph.order;
  const index = new Map<string, number>();
  graph.forEachNode((key) => {
    index.set(key, index.size);
  });
  const m = graph.size;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_key, attr, s, t) => {
    source[e] = index.get(s)!;
    target[e] = index.get(t)!;
    weight[e] = edgeWeight(attr.predicate);
    e++;
  });
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (seeded) seedPositions(x, y, source, target, seed);
  return { x, y, source, target, weight };
}

/**
 * Writes sizes by degree and colours by kind onto the graph's nodes and edges, and x and y (0 until
 * placeNodes) on its nodes, in the order applyLayout writes them: none of it depends on positions,
 * so a build does it while the layout runs.
 */
export function styleGraph(graph: KnowledgeGraph): void {
  const degrees = new Float64Array(graph.order);
  let maxDegree = 1;
  let i = 0;
  graph.forEachNode((n) => {
    const d = (degrees[i++] = graph.degree(n));
    if (d > maxDegree) maxDegree = d;
  });
  // In place (the attribute objects of a graph just built are its own): keys a node has already keep
  // their place, new ones come last, as a spread into a new object would order them.
  i = 0;
  graph.forEachNode((_n, attr) => {
    attr.x = 0;
    attr.y = 0;
    attr.size = round(4 + 14 * Math.sqrt(degrees[i++] / maxDegree));
    attr.color = KIND_COLORS[attr.kind] ?? '#999999';
  });
  graph.forEachEdge((_e, attr) => {
    attr.size = attr.predicate === 'mentionedWith' ? 0.5 : round(1 + Math.min(4, Math.log2(1 + attr.weight)));
    attr.color = attr.predicate === 'mentionedWith' ? EDGE_COLOR : TYPED_EDGE_COLOR;
  });
}

/** Writes positions (in graph order) onto a styled graph (styleGraph): only x and y change. */
function placeNodes(graph: KnowledgeGraph, x: Float64Array, y: Float64Array, previous?: Positions, edges?: Pick<LayoutArrays, 'source' | 'target'>): void {
  // (The job's edge arrays, unless given, may have been transferred to the layout worker: made anew.)
  if (previous && previous.size > 0) {
    const { source, target } = edges ?? toLayoutArrays(graph, 0, false);
    keepPositions(graph.nodes(), x, y, source, target, previous);
  }
  let i = 0;
  graph.forEachNode((_n, attr) => {
    const at = i++;
    // (In place: the attribute object keeps the order of its keys that styleGraph gave it.)
    attr.x = round(Number.isFinite(x[at]) ? x[at] : 0);
    attr.y = round(Number.isFinite(y[at]) ? y[at] : 0);
  });
}

/** Writes positions (in graph order), sizes by degree and colours by kind onto the graph (unless already `styled`). */
function applyLayout(graph: KnowledgeGraph, x: Float64Array, y: Float64Array, previous?: Positions, styled = false, edges?: Pick<LayoutArrays, 'source' | 'target'>): void {
  if (!styled) styleGraph(graph);
  placeNodes(graph, x, y, previous, edges);
}

// With previous positions for this share of the nodes or more, there is no new layout to compute:
// new nodes are placed around the old ones from their seeded positions (keep-positions.ts).
const KNOWN_SHARE = 0.9;

function toJob(graph: KnowledgeGraph, options: LayoutOptions): LayoutJob {
  let known = 0;
  if (options.previous) graph.forEachNode((key) => void (options.previous!.has(key) && known++));
  const settled = graph.order > 0 && known >= KNOWN_SHARE * graph.order;
  return {
    arrays: toLayoutArrays(graph, options.seed ?? 42),
    settings: { ...inferSettings(graph.order), ...options.settings },
    iterations: settled ? 0 : (options.iterations ?? iterationBudget(graph.order)),
  };
}

function assign(graph: KnowledgeGraph, options: LayoutOptions = {}, styled = false): void {
  if (graph.order === 0) return;
  const job = toJob(graph, options);
  if (job.iterations > 0) runPeeledLayout(job.arrays, job.settings, job.iterations);
  applyLayout(graph, job.arrays.x, job.arrays.y, options.previous, styled, job.arrays);
}

// Below this, a worker's start-up costs more than the layout it would take off the main thread.
export const WORKER_MIN_ORDER = 2_000;

/**
 * Starts the layout of the graph on a worker thread (in this thread for small graphs) and resolves
 * with a function that writes the result onto the graph and returns the milliseconds the layout took,
 * not counting time spent waiting for this thread; called with `styled` true, it writes only x and y
 * (the caller ran styleGraph meanwhile). The graph's nodes and edges must not change in between; its
 * other attributes may be read meanwhile (RDF export does). Aborting `signal` stops the worker (a
 * build whose export failed does not wait for its layout).
 */
export async function startLayout(graph: KnowledgeGraph, options: LayoutOptions = {}, signal?: AbortSignal): Promise<(styled?: boolean) => number> {
  const timed = (fn: (styled: boolean) => void) => (styled = false) => {
    const start = performance.now();
    fn(styled);
    return performance.now() - start;
  };
  if (graph.order < WORKER_MIN_ORDER) return timed((styled) => assign(graph, options, styled));
  const start = performance.now();
  const job = toJob(graph, options);
  if (job.iterations === 0) return timed((styled) => applyLayout(graph, job.arrays.x, job.arrays.y, options.previous, styled, job.arrays));
  const prepared = performance.now() - start;
  const { x, y, ms } = await runInWorker(job, signal);
  const apply = timed((styled) => applyLayout(graph, x, y, options.previous, styled));
  return (styled = false) => prepared + ms + apply(styled);
}

/** Lays out a copy of the graph and returns its node positions, sizes and colours. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): Record<string, NodeLayout> {
  const copy = graph.copy() as KnowledgeGraph;
  assign(copy, options);
  const out: Record<string, NodeLayout> = {};
  copy.forEachNode((n, a) => {
    out[n] = { x: a.x!, y: a.y!, size: a.size!, color: a.color! };
  });
  return out;
}
layoutGraph.assign = assign;
