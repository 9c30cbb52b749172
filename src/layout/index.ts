// Layout: positions from ForceAtlas2 (seeded, so deterministic), node size from degree, colour from
// kind. `layoutGraph` returns the attributes; `layoutGraph.assign` writes them onto the graph
// (graphology's layout / layout.assign convention).

import forceAtlas2 from 'graphology-layout-forceatlas2';
import random from 'graphology-layout/random';

import type { KnowledgeGraph } from '../graph/attributes';
import { EDGE_COLOR, KIND_COLORS, TYPED_EDGE_COLOR } from './kind-colors';

export { KIND_COLORS } from './kind-colors';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default it adapts to the graph's size. */
  iterations?: number;
  seed?: number;
}

/** Mulberry32: a tiny seeded generator, so starting positions are the same in every build. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Iterations that keep the layout within seconds: many for small graphs, fewer for large ones. */
export function iterationBudget(order: number): number {
  if (order <= 1_000) return 300;
  if (order <= 10_000) return 100;
  return 40;
}

function round(n: number): number {
  // Rounded so that the JSON is stable across platforms' last-bit float differences.
  return Math.round(n * 1000) / 1000;
}

function assign(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  const order = graph.order;
  if (order === 0) return;
  const rng = seededRandom(options.seed ?? 42);
  random.assign(graph, { rng, scale: 100, center: 0 });
  if (graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: options.iterations ?? iterationBudget(order),
      settings: { ...settings, barnesHutOptimize: order > 500, edgeWeightInfluence: 0.5 },
      getEdgeWeight: (_e, attr) => (attr.predicate === 'mentionedWith' ? 0.2 : 1),
    });
  }
  let maxDegree = 1;
  graph.forEachNode((n) => {
    maxDegree = Math.max(maxDegree, graph.degree(n));
  });
  graph.updateEachNodeAttributes((n, attr) => ({
    ...attr,
    x: round(Number.isFinite(attr.x) ? attr.x! : 0),
    y: round(Number.isFinite(attr.y) ? attr.y! : 0),
    size: round(4 + 14 * Math.sqrt(graph.degree(n) / maxDegree)),
    color: KIND_COLORS[attr.kind] ?? '#999999',
  }));
  graph.updateEachEdgeAttributes((_e, attr) => ({
    ...attr,
    size: attr.predicate === 'mentionedWith' ? 0.5 : round(1 + Math.min(4, Math.log2(1 + attr.weight))),
    color: attr.predicate === 'mentionedWith' ? EDGE_COLOR : TYPED_EDGE_COLOR,
  }));
}

/** Lays out a copy of the graph and returns its node positions, sizes and colours. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): Record<string, { x: number; y: number; size: number; color: string }> {
  const copy = graph.copy() as KnowledgeGraph;
  assign(copy, options);
  const out: Record<string, { x: number; y: number; size: number; color: string }> = {};
  copy.forEachNode((n, a) => {
    out[n] = { x: a.x!, y: a.y!, size: a.size!, color: a.color! };
  });
  return out;
}
layoutGraph.assign = assign;
