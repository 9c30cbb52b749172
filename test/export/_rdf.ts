// Shared builders for the RDF, query and load tests; never a test itself. Builds what the tests
// need from the repository alone (seeds/, src/), writes it to a temporary folder, and wraps the
// Debian tools (rapper) that check the output independently of n3.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Graph from 'graphology';
import { Parser, type Quad } from 'n3';

import { build } from '../../src/build';
import type { OutputFile } from '../../src/export';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/graph/attributes';
import type { Evidence, Kind, Predicate } from '../../src/types';

export const REPO = path.join(__dirname, '..', '..');
export const SEEDS = path.join(REPO, 'seeds');
export const TEST_BASE = 'https://example.org/newsgraph/';

/** Builds the seed articles in process, with one layout iteration: RDF does not use positions. */
export async function buildSeeds(base = TEST_BASE): Promise<{ graph: KnowledgeGraph; files: OutputFile[]; triples: number }> {
  // NOTE: not iterations 0, which options accept but ForceAtlas2 rejects ("positive number of iterations").
  const result = await build([SEEDS], { base, iterations: 1 });
  return { graph: result.graph, files: result.files, triples: result.triples };
}

/** Writes output files into a new temporary folder and returns its path. */
export function writeTemp(files: OutputFile[], prefix = 'newsgraph-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.content);
  return dir;
}

export function fileContent(files: OutputFile[], name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} among ${files.map((x) => x.name).join(', ')}`);
  return f.content;
}

export function parse(text: string, format: 'N-Triples' | 'Turtle' | 'N-Quads'): Quad[] {
  return new Parser({ format }).parse(text);
}

/** Runs Debian's rapper in count mode; CI installs raptor2-utils (.ci/run), so a missing rapper fails. */
export function rapperCount(file: string, syntax: 'ntriples' | 'turtle' | 'nquads'): { status: number | null; triples: number; stderr: string } {
  const r = spawnSync('rapper', ['-i', syntax, '-c', file], { encoding: 'utf8' });
  if (r.error) throw new Error(`rapper is not installed (${r.error.message}): apt-get install -y raptor2-utils`);
  const m = /returned (\d+) triples/.exec(r.stderr);
  return { status: r.status, triples: m ? Number(m[1]) : -1, stderr: r.stderr };
}

/** Converts a file to N-Triples with rapper, for round trips through an independent parser. */
export function rapperToNTriples(file: string, syntax: 'ntriples' | 'turtle' | 'nquads'): string {
  const r = spawnSync('rapper', ['-q', '-i', syntax, '-o', syntax === 'nquads' ? 'nquads' : 'ntriples', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`rapper is not installed (${r.error.message}): apt-get install -y raptor2-utils`);
  if (r.status !== 0) throw new Error(`rapper failed on ${file}: ${r.stderr}`);
  return r.stdout;
}

export interface TestNode {
  key: string;
  label: string;
  kind?: Kind;
  aliases?: string[];
  docs?: string[];
  mentions?: number;
}

export interface TestEdge {
  source: string;
  predicate: Predicate;
  target: string;
  evidence: Evidence[];
  confidence?: number;
  role?: string;
  rule?: string;
}

/** A hand-built knowledge graph with the attributes of CONTRACT.md, inserted in the order given. */
export function makeGraph(nodes: TestNode[], edges: TestEdge[] = []): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const n of nodes) {
    graph.addNode(n.key, { label: n.label, kind: n.kind ?? 'Person', aliases: n.aliases ?? [], mentions: n.mentions ?? 1, docs: n.docs ?? [] });
  }
  for (const e of edges) {
    const attrs: EdgeAttributes = { predicate: e.predicate, weight: e.evidence.length, confidence: e.confidence ?? 0.9, evidence: e.evidence };
    if (e.role) attrs.role = e.role;
    if (e.rule) attrs.rule = e.rule;
    graph.mergeEdgeWithKey(`${e.source}|${e.predicate}|${e.target}`, e.source, e.target, attrs);
  }
  return graph;
}

/** Evidence for a sentence of a document, with offsets of `sentence` within `text`. */
export function evidenceIn(doc: string, text: string, sentence: string, index = 0): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the text of ${doc}`);
  return { doc, sentence: index, start, end: start + sentence.length, text: sentence };
}
