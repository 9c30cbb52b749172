#!/usr/bin/env node
// Throughput of the RDF export and of loading it (triples per second), on a synthetic knowledge graph
// of the shape newsgraph builds: entities with aliases, relations with evidence sentences. Not a test:
// it prints figures and asserts nothing. Uses the compiled code, so run `npm run build` first.
//
//   node scripts/bench-rdf.mjs [--entities N] [--relations N] [--endpoint URL --graph IRI]
//
// With --endpoint it also times `newsgraph load` into that Graph Store endpoint.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
if (!fs.existsSync(dist('export/index.js'))) {
  console.error('bench-rdf: dist/ is missing. Run "npm run build" first.');
  process.exit(1);
}
const Graph = require('graphology');
const { Parser } = require('n3');
const { Store } = require('oxigraph');
const { toSubjectRows, writeLines, writeTurtle } = require(dist('export/index.js'));
const { prefixesFor } = require(dist('export/rdf/vocabulary.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ENTITIES = Number(arg('entities', 10000));
const RELATIONS = Number(arg('relations', 30000));
const BASE = 'https://example.org/newsgraph/';
const KINDS = ['Person', 'Country', 'Place', 'Organization', 'Agreement', 'Concern'];
const PREDICATES = ['affiliatedWith', 'met', 'visited', 'partyTo', 'concernedAbout', 'opposes', 'involves', 'memberOf', 'locatedIn', 'mentionedWith'];

// Mulberry32 with a fixed seed, so every run measures the same graph.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function syntheticGraph() {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const docs = Array.from({ length: Math.max(1, Math.round(ENTITIES / 20)) }, (_, i) => `article-${i}.txt`);
  const docTexts = new Map(docs.map((d) => [d, `Sentence about Entity 1 😀 and “quoted” things. `.repeat(40)]));
  for (let i = 0; i < ENTITIES; i++) {
    const kind = pick(KINDS);
    graph.addNode(`${kind.toLowerCase()}-entity-${i}`, { label: `Entity ${i} “Ngāti” <${i}>`, kind, aliases: [`E${i}`, `Entity number ${i}`], mentions: 1 + Math.floor(rand() * 20), docs: [pick(docs), pick(docs)].filter((d, j, a) => a.indexOf(d) === j) });
  }
  const keys = graph.nodes();
  for (let r = 0; r < RELATIONS; r++) {
    const s = pick(keys);
    const o = pick(keys);
    const predicate = pick(PREDICATES);
    const key = `${s}|${predicate}|${o}`;
    if (s === o || graph.hasEdge(key)) continue;
    const evidence = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ doc: pick(docs), sentence: Math.floor(rand() * 40), start: 0, end: 48, text: 'Sentence about Entity 1 😀 and “quoted” things.' }));
    graph.mergeEdgeWithKey(key, s, o, { predicate, weight: evidence.length, confidence: Math.round(rand() * 100) / 100, evidence, ...(predicate === 'affiliatedWith' ? { role: 'Minister' } : {}) });
  }
  return { graph, docTexts };
}

const rows = [];
async function time(label, count, fn) {
  const t0 = performance.now();
  const result = await fn();
  const s = (performance.now() - t0) / 1000;
  rows.push([label, count, s, count / s]);
  return result;
}

const { graph, docTexts } = syntheticGraph();
console.log(`bench-rdf: ${graph.order} entities, ${graph.size} relations, ${docTexts.size} documents (Node ${process.version}, ${os.cpus().length} CPUs)`);

// The build's path (export/index.ts renderRdf): rows grouped by subject, then the three texts.
const groups = await time('graph → rows by subject (toSubjectRows, sorted)', 0, () => toSubjectRows(graph, docTexts, { base: BASE, namedGraphs: true }));
const quadCount = groups.reduce((n, g) => n + g.rows.length, 0);
rows[0][1] = quadCount;
rows[0][3] = quadCount / rows[0][2];
const { nt, nq, triples } = await time('write N-Triples and N-Quads (writeLines)', quadCount, () => writeLines(groups));
await time('write Turtle (writeTurtle, prefixes)', triples, () => writeTurtle(groups, prefixesFor(BASE)));
await time('parse N-Triples (n3 Parser)', triples, () => new Parser({ format: 'N-Triples' }).parse(nt));
const store = new Store();
await time('load N-Quads into oxigraph (embedded store)', quadCount, () => store.load(nq, { format: 'application/n-quads' }));
await time('COUNT(*) over the default graph (oxigraph)', triples, () => store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
store.free();

const endpoint = arg('endpoint');
if (endpoint) {
  console.log(`bench-rdf: loading into ${endpoint}${arg('graph') ? ` (graph ${arg('graph')})` : ''}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-rdf-'));
  fs.writeFileSync(path.join(dir, 'graph.nq'), nq);
  const { runLoad } = require(dist('cli/commands/load.js'));
  const io = { out: (l) => console.log(`  ${l}`), err: (l) => console.error(`  ${l}`), errRaw: () => {}, isTTY: false };
  const graphArgs = arg('graph') ? ['--graph', arg('graph')] : [];
  await time('newsgraph load (Graph Store Protocol, HTTP)', quadCount, () => runLoad(['--endpoint', endpoint, '--data', path.join(dir, 'graph.nq'), '--no-ontology', ...graphArgs], io));
  fs.rmSync(dir, { recursive: true, force: true });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log('');
console.log(`${'step'.padEnd(46)} ${'triples'.padStart(10)} ${'seconds'.padStart(8)} ${'triples/s'.padStart(12)}`);
for (const [label, count, s, rate] of rows) console.log(`${label.padEnd(46)} ${fmt(count).padStart(10)} ${s.toFixed(2).padStart(8)} ${fmt(rate).padStart(12)}`);
console.log(`\nsizes: graph.nt ${(Buffer.byteLength(nt) / 1e6).toFixed(1)} MB, graph.nq ${(Buffer.byteLength(nq) / 1e6).toFixed(1)} MB`);
