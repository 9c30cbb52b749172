// Layout benchmark: a generated news-like graph (heavy-tailed degrees, mostly co-occurrence edges,
// a few typed relations) of N nodes, laid out by the build's layout stage (dist/layout).
//   node scripts/bench-layout.mjs [--nodes 50000[,10000,…]] [--iterations N] [--dist DIR] [--json]
// Prints seconds, iterations and a quality figure: the mean edge length over the mean distance
// between random node pairs (lower: neighbours sit closer together than strangers; ~0.5 is noise).

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));

const KINDS = ['Person', 'Person', 'Person', 'Person', 'Organization', 'Organization', 'Place', 'Place', 'Country', 'Concern'];
const TYPED = ['affiliatedWith', 'met', 'visited', 'memberOf', 'locatedIn'];

// The layout's own seeded generator (Mulberry32), so every run benchmarks the same graph.
const { seededRandom: rng } = require(path.join(ROOT, 'dist', 'layout', 'seed-positions.js'));

/** A graph of `nodes` entities shaped like a news corpus', built by dist's graph stage. */
export function generateNewsGraph(nodes, dist = path.join(ROOT, 'dist')) {
  const { buildGraph } = require(path.join(dist, 'graph', 'index.js'));
  const random = rng(7);
  const entities = [];
  const relations = [];
  const ends = [];
  const seen = new Set();
  for (let i = 0; i < nodes; i++) {
    const id = `e${String(i).padStart(6, '0')}`;
    entities.push({ id, label: id, kind: KINDS[Math.floor(random() * KINDS.length)], aliases: [], mentions: 1, docs: ['d.txt'] });
    // Preferential attachment: about two edges per node, mostly to already well-connected ones.
    const links = i === 0 ? 0 : random() < 0.3 ? 1 : random() < 0.8 ? 2 : 4;
    for (let k = 0; k < links; k++) {
      const j = ends.length && random() < 0.75 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * i);
      const key = `${Math.min(i, j)}-${Math.max(i, j)}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      ends.push(i, j);
      const predicate = random() < 0.85 ? 'mentionedWith' : TYPED[Math.floor(random() * TYPED.length)];
      const ev = { doc: 'd.txt', sentence: 0, start: 0, end: 1, text: 'x' };
      relations.push({ subject: entities[Math.min(i, j)].id, predicate, object: entities[Math.max(i, j)].id, evidence: [ev], confidence: 0.5 });
    }
  }
  return buildGraph({ entities, relations }, { name: 'bench', base: 'https://example.org/' });
}

/** Mean edge length over the mean distance between random pairs (seeded sample). */
export function edgeLengthRatio(graph) {
  const pos = [];
  graph.forEachNode((_n, a) => pos.push([a.x, a.y]));
  const index = new Map(graph.nodes().map((n, i) => [n, i]));
  const dist = (a, b) => Math.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
  let edges = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    edges += dist(index.get(s), index.get(t));
  });
  const random = rng(3);
  let pairs = 0;
  const samples = 20_000;
  for (let k = 0; k < samples; k++) pairs += dist(Math.floor(random() * pos.length), Math.floor(random() * pos.length));
  return edges / graph.size / (pairs / samples);
}

async function main() {
  const argv = process.argv.slice(2);
  const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
  const dist = path.resolve(ROOT, value('dist', 'dist'));
  const { layoutGraph, iterationBudget } = require(path.join(dist, 'layout', 'index.js'));
  const iterations = value('iterations') ? Number(value('iterations')) : undefined;
  const results = [];
  for (const n of value('nodes', '50000').split(',').map(Number)) {
    const graph = generateNewsGraph(n, dist);
    const t0 = performance.now();
    layoutGraph.assign(graph, { iterations });
    const seconds = (performance.now() - t0) / 1000;
    const r = { nodes: graph.order, edges: graph.size, iterations: iterations ?? iterationBudget(graph.order), seconds, edgeLengthRatio: edgeLengthRatio(graph) };
    results.push(r);
    if (!argv.includes('--json')) {
      console.log(`layout: ${r.nodes} nodes, ${r.edges} edges, ${r.iterations} iterations: ${r.seconds.toFixed(2)} s; edge length / random pair distance ${r.edgeLengthRatio.toFixed(3)}`);
    }
  }
  if (argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
