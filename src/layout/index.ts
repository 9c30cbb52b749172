// Layout: positions from ForceAtlas2 (seeded, so deterministic; Barnes–Hut above 1,000 nodes, with an
// iteration budget that shrinks as the graph grows), node size from degree, colour from kind.
// `layoutGraph` returns the attributes; `layoutGraph.assign` writes them onto the graph (graphology's
// layout / layout.assign convention).

import type { KnowledgeGraph } from '../graph/attributes';
import { inferSettings, runForceAtlas2, type ForceAtlas2Settings } from './forceatlas2';
import { EDGE_COLOR, KIND_COLORS, TYPED_EDGE_COLOR } from './kind-colors';
import { seedPositions } from './seed-positions';

export { KIND_COLORS } from './kind-colors';
export { seededRandom } from './seed-positions';
export { inferSettings, type ForceAtlas2Settings } from './forceatlas2';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default iterationBudget(order). */
  iterations?: number;
  seed?: number;
  /** Overrides of the inferred ForceAtlas2 settings. */
  settings?: Partial<ForceAtlas2Settings>;
}

export type NodeLayout = { x: number; y: number; size: number; color: string };

/**
 * Iterations for a graph of `order` nodes: 300 up to 3,000 nodes, then about a million node-iterations
 * in all (100 at 10,000 nodes), and never fewer than 50. Neighbour-seeded starting positions
 * (seed-positions.ts) make that enough: measured with scripts/bench-layout.mjs, 50 iterations at
 * 50,000 nodes take ~5 s of CPU and leave edges as short, relative to the spread, as 80 at 10,000.
 */
export function iterationBudget(order: number): number {
  if (order <= 3_000) return 300;
  return Math.max(50, Math.round(1_000_000 / order));
}

function round(n: number): number {
  // Rounded so that the JSON is stable across platforms' last-bit float differences.
  return Math.round(n * 1000) / 1000;
}

// Co-occurrences pull less than stated relations, so typed facts shape the layout.
const edgeWeight = (predicate: string) => (predicate === 'mentionedWith' ? 0.2 : 1);

/** Positions for every node of the graph, in graph order. */
function computePositions(graph: KnowledgeGraph, options: LayoutOptions): { x: Float64Array; y: Float64Array } {
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
  seedPositions(x, y, source, target, options.seed ?? 42);
  const settings = { ...inferSettings(n), ...options.settings };
  runForceAtlas2({ x, y, source, target, weight }, settings, options.iterations ?? iterationBudget(n));
  return { x, y };
}

function assign(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const { x, y } = computePositions(graph, options);
  let maxDegree = 1;
  graph.forEachNode((n) => {
    maxDegree = Math.max(maxDegree, graph.degree(n));
  });
  let i = 0;
  graph.updateEachNodeAttributes((n, attr) => {
    const at = i++;
    return {
      ...attr,
      x: round(Number.isFinite(x[at]) ? x[at] : 0),
      y: round(Number.isFinite(y[at]) ? y[at] : 0),
      size: round(4 + 14 * Math.sqrt(graph.degree(n) / maxDegree)),
      color: KIND_COLORS[attr.kind] ?? '#999999',
    };
  });
  graph.updateEachEdgeAttributes((_e, attr) => ({
    ...attr,
    size: attr.predicate === 'mentionedWith' ? 0.5 : round(1 + Math.min(4, Math.log2(1 + attr.weight))),
    color: attr.predicate === 'mentionedWith' ? EDGE_COLOR : TYPED_EDGE_COLOR,
  }));
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
