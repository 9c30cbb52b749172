// Layout (src/layout): seeded ForceAtlas2 with Barnes–Hut on typed arrays, the adaptive iteration
// budget, and the attributes written onto the graph.

import Graph from 'graphology';

import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/graph/attributes';
import { inferSettings, iterationBudget, layoutGraph, seededRandom, startLayout, styleGraph } from '../../src/layout';
import { runForceAtlas2 } from '../../src/layout/forceatlas2';
import { seedPositions } from '../../src/layout/seed-positions';

/** Clusters of `size` people, each a clique, joined in a ring by one edge between neighbouring clusters. */
function clusters(count: number, size: number): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed' });
  const id = (c: number, k: number) => `c${c}-n${k}`;
  for (let c = 0; c < count; c++) {
    for (let k = 0; k < size; k++) g.addNode(id(c, k), { label: id(c, k), kind: 'Person', aliases: [], mentions: 1, docs: ['a.txt'] });
  }
  const edge = (s: string, t: string) => g.mergeEdgeWithKey(`${s}|met|${t}`, s, t, { predicate: 'met', weight: 1, confidence: 1, evidence: [] });
  for (let c = 0; c < count; c++) {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) edge(id(c, a), id(c, b));
    if (count > 1) edge(id(c, 0), id((c + 1) % count, 1));
  }
  return g;
}

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

/** Mean distance within clusters over mean distance between them. */
function separation(positions: Record<string, { x: number; y: number }>): number {
  const keys = Object.keys(positions);
  let inner = 0;
  let innerN = 0;
  let outer = 0;
  let outerN = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const d = distance(positions[keys[i]], positions[keys[j]]);
      if (keys[i].split('-')[0] === keys[j].split('-')[0]) {
        inner += d;
        innerN++;
      } else {
        outer += d;
        outerN++;
      }
    }
  }
  return inner / innerN / (outer / outerN);
}

describe('layoutGraph', () => {
  it('gives the same positions every time (seeded start, no randomness in ForceAtlas2)', () => {
    const g = clusters(6, 8);
    expect(layoutGraph(g)).toEqual(layoutGraph(g));
  });

  it('puts connected nodes together and clusters apart, exactly and with Barnes–Hut', () => {
    // 4 × 8 nodes: exact repulsion; 40 × 20 = 800 nodes: Barnes–Hut.
    for (const [count, size] of [
      [4, 8],
      [40, 20],
    ]) {
      const g = clusters(count, size);
      expect(inferSettings(g.order).barnesHutOptimize).toBe(g.order > 500);
      expect(separation(layoutGraph(g, { iterations: 100 }))).toBeLessThan(0.3);
    }
  });

  it('writes finite positions, sizes by degree and colours by kind onto the graph', () => {
    const g = clusters(3, 4);
    g.addNode('alone', { label: 'Alone', kind: 'Country', aliases: [], mentions: 1, docs: ['a.txt'] });
    layoutGraph.assign(g);
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(g.getNodeAttribute('alone', 'size')).toBeLessThan(g.getNodeAttribute('c0-n0', 'size')!);
    expect(g.getNodeAttribute('alone', 'color')).not.toBe(g.getNodeAttribute('c0-n0', 'color'));
  });

  it('accepts zero iterations and an empty graph', () => {
    const g = clusters(2, 3);
    const seeded = layoutGraph(g, { iterations: 0 });
    expect(Object.values(seeded).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(layoutGraph(clusters(0, 0))).toEqual({});
  });
});

describe('startLayout', () => {
  it('gives the same positions on a worker thread (large graphs) as in this thread', async () => {
    const g = clusters(120, 20);
    const inThread = layoutGraph(g, { iterations: 10 });
    const copy = g.copy() as KnowledgeGraph;
    const apply = await startLayout(copy, { iterations: 10 });
    expect(apply()).toBeGreaterThan(0);
    copy.forEachNode((n, a) => expect({ n, x: a.x, y: a.y }).toEqual({ n, x: inThread[n].x, y: inThread[n].y }));
  });

  it('styled beforehand (styleGraph, while the layout runs), writes the same attributes in the same key order', async () => {
    for (const [count, size] of [
      [120, 20],
      [3, 4],
    ]) {
      const whole = clusters(count, size);
      await startLayout(whole, { iterations: 10 }).then((apply) => apply());
      const styled = clusters(count, size);
      const pending = startLayout(styled, { iterations: 10 });
      styleGraph(styled);
      (await pending)(true);
      expect(JSON.stringify(styled.export())).toBe(JSON.stringify(whole.export()));
      expect(styled.getNodeAttributes('c0-n0').x).not.toBe(0);
    }
  });

  it('stops the worker when asked (a build whose export failed does not wait for its layout)', async () => {
    const g = clusters(120, 20);
    const stop = new AbortController();
    const pending = startLayout(g, { iterations: 100_000 }, stop.signal);
    setTimeout(() => stop.abort(), 50);
    // (100,000 iterations would take minutes and then resolve: only the stop rejects.)
    await expect(pending).rejects.toThrow(/stopped/);
  });
});

describe('iterationBudget', () => {
  it('gives small graphs many iterations and large ones fewer, never under 50', () => {
    expect(iterationBudget(100)).toBe(300);
    expect(iterationBudget(10_000)).toBe(60);
    expect(iterationBudget(50_000)).toBe(50);
    expect(iterationBudget(1_000_000)).toBe(50);
    for (let n = 1000; n < 200_000; n *= 2) expect(iterationBudget(2 * n)).toBeLessThanOrEqual(iterationBudget(n));
  });
});

describe('seedPositions', () => {
  it('starts each node next to a placed neighbour, the same way for the same seed', () => {
    // A star: the hub first, then its leaves around it.
    const n = 50;
    const source = Int32Array.from({ length: n - 1 }, () => 0);
    const target = Int32Array.from({ length: n - 1 }, (_, k) => k + 1);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    seedPositions(x, y, source, target, 7);
    for (let k = 1; k < n; k++) expect(Math.hypot(x[k] - x[0], y[k] - y[0])).toBeLessThan(20);
    const x2 = new Float64Array(n);
    const y2 = new Float64Array(n);
    seedPositions(x2, y2, source, target, 7);
    expect([...x2]).toEqual([...x]);
  });
});

describe('runForceAtlas2', () => {
  it('keeps nodes at the same point apart from NaN (Barnes–Hut runs out of precision there)', () => {
    const n = 600;
    const random = seededRandom(1);
    const x = Float64Array.from({ length: n }, (_, i) => (i < 50 ? 5 : random() * 100));
    const y = Float64Array.from({ length: n }, (_, i) => (i < 50 ? 5 : random() * 100));
    const source = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const target = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const weight = new Float64Array(n - 1).fill(1);
    runForceAtlas2({ x, y, source, target, weight }, inferSettings(n), 20);
    expect([...x, ...y].every(Number.isFinite)).toBe(true);
  });
});
