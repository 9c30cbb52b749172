// Export end to end on the seed articles (src/export/index.ts): the RDF files say what graph.json
// says, rapper accepts them, every ng: term they use is in ontology.ttl, and builds are byte-identical.

import fs from 'node:fs';
import path from 'node:path';

import type { Quad } from 'n3';

import { documentIri, entityIri } from '../../src/export';
import { kindClass } from '../../src/export/rdf/vocabulary';
import type { OutputFile } from '../../src/export';
import { needs } from '../_system';
import { buildSeeds, fileContent, parse, rapperCount, TEST_BASE, writeTemp } from './_rdf';

const rapper = needs('rapper');

const NG = 'https://w3id.org/newsgraph/ns#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';

interface GraphJson {
  nodes: Array<{ key: string; attributes: { label: string; kind: string; aliases: string[]; docs: string[]; mentions: number } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { predicate: string; weight: number; confidence: number; role?: string; evidence: Array<{ doc: string; sentence: number; text: string }> } }>;
}

/** Entities and relations as RDF states them, in the shape of graph.json, for comparison. */
function readBack(quads: Quad[]) {
  const dg = quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const by = (p: string) => dg.filter((q) => q.predicate.value === p);
  const entities = new Map<string, { label?: string; kind?: string; classes: string[]; aliases: string[]; docs: string[] }>();
  const entity = (iri: string) => {
    if (!entities.has(iri)) entities.set(iri, { classes: [], aliases: [], docs: [] });
    return entities.get(iri)!;
  };
  for (const q of by(`${RDFS}label`)) entity(q.subject.value).label = q.object.value;
  for (const q of by(`${NG}kind`)) entity(q.subject.value).kind = q.object.value;
  for (const q of by(`${SKOS}altLabel`)) entity(q.subject.value).aliases.push(q.object.value);
  for (const q of by(`${NG}mentionedIn`)) entity(q.subject.value).docs.push(q.object.value);
  for (const q of by(`${RDF}type`)) if (entities.has(q.subject.value)) entity(q.subject.value).classes.push(q.object.value);
  const statements = new Map<string, Record<string, string[]>>();
  for (const q of dg) {
    if (!q.subject.value.includes('/statement/')) continue;
    const st = statements.get(q.subject.value) ?? {};
    (st[q.predicate.value] ??= []).push(q.object.value);
    statements.set(q.subject.value, st);
  }
  const relations = dg.filter((q) => q.predicate.value.startsWith(NG) && q.object.termType === 'NamedNode' && q.object.value.includes('/entity/'));
  return { entities, statements: [...statements.values()], relations: relations.map((q) => `${q.subject.value} ${q.predicate.value.slice(NG.length)} ${q.object.value}`).sort() };
}

describe('renderOutputs on the seeds', () => {
  let files: OutputFile[];
  let triples: number;
  let json: GraphJson;
  let dir: string;
  beforeAll(async () => {
    ({ files, triples } = await buildSeeds());
    json = JSON.parse(fileContent(files, 'graph.json'));
    dir = writeTemp(files);
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('writes graph.json, graph.nt, graph.ttl, graph.nq and ontology.ttl', () => {
    expect(files.map((f) => f.name).sort()).toEqual(['graph.json', 'graph.nq', 'graph.nt', 'graph.ttl', 'ontology.ttl']);
    expect(json.nodes.length).toBeGreaterThan(10);
    expect(json.edges.length).toBeGreaterThan(10);
  });

  it.each([
    ['graph.nt', 'N-Triples'],
    ['graph.ttl', 'Turtle'],
    ['graph.nq', 'N-Quads'],
  ] as const)('%s parses back with n3 into the entities and relations of graph.json', (name, format) => {
    const back = readBack(parse(fileContent(files, name), format));
    expect(back.entities.size).toBe(json.nodes.length);
    for (const n of json.nodes) {
      const e = back.entities.get(entityIri(TEST_BASE, n.key));
      expect(e).toBeDefined();
      expect(e!.label).toBe(n.attributes.label);
      expect(e!.kind).toBe(n.attributes.kind);
      expect(e!.classes).toEqual([kindClass(n.attributes.kind)]);
      expect(e!.aliases.sort()).toEqual([...n.attributes.aliases].sort());
      expect(e!.docs.sort()).toEqual(n.attributes.docs.map((d) => documentIri(TEST_BASE, d)).sort());
    }
    const expected = json.edges.map((e) => `${entityIri(TEST_BASE, e.source)} ${e.attributes.predicate} ${entityIri(TEST_BASE, e.target)}`).sort();
    expect(back.relations).toEqual(expected);
    // Each typed fact's attributes on its statement; co-occurrence is a plain triple (to-quads.ts).
    const facts = json.edges.filter((e) => e.attributes.predicate !== 'mentionedWith');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThan(json.edges.length);
    const byTriple = new Map(back.statements.map((st) => [`${st[`${RDF}subject`][0]} ${st[`${RDF}predicate`][0].slice(NG.length)} ${st[`${RDF}object`][0]}`, st]));
    expect(byTriple.size).toBe(facts.length);
    for (const e of facts) {
      const st = byTriple.get(`${entityIri(TEST_BASE, e.source)} ${e.attributes.predicate} ${entityIri(TEST_BASE, e.target)}`)!;
      expect(Number(st[`${NG}weight`][0])).toBe(e.attributes.weight);
      expect(Number(st[`${NG}confidence`][0])).toBeCloseTo(e.attributes.confidence, 6);
      expect(st[`${NG}role`]).toEqual(e.attributes.role ? [e.attributes.role] : undefined);
      expect(st['http://www.w3.org/ns/prov#wasDerivedFrom']).toHaveLength(e.attributes.evidence.length);
    }
  });

  it('puts in each document graph of graph.nq exactly the typed facts with evidence from that document', () => {
    const named = parse(fileContent(files, 'graph.nq'), 'N-Quads').filter((q) => q.graph.termType !== 'DefaultGraph');
    const got = named.map((q) => `${q.graph.value} ${q.subject.value} ${q.predicate.value.slice(NG.length)} ${q.object.value}`).sort();
    const expected = new Set<string>();
    for (const e of json.edges) {
      if (e.attributes.predicate === 'mentionedWith') continue;
      for (const ev of e.attributes.evidence) expected.add(`${documentIri(TEST_BASE, ev.doc)} ${entityIri(TEST_BASE, e.source)} ${e.attributes.predicate} ${entityIri(TEST_BASE, e.target)}`);
    }
    expect(got).toEqual([...expected].sort());
    expect(new Set(named.map((q) => q.graph.value)).size).toBeGreaterThanOrEqual(4);
  });

  rapper.it.each([
    ['graph.nt', 'ntriples'],
    ['graph.ttl', 'turtle'],
    ['graph.nq', 'nquads'],
    ['ontology.ttl', 'turtle'],
  ] as const)('rapper accepts %s as %s and counts the same triples as n3', (name, syntax) => {
    const r = rapperCount(path.join(dir, name), syntax);
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(r.status).toBe(0);
    const format = syntax === 'ntriples' ? 'N-Triples' : syntax === 'nquads' ? 'N-Quads' : 'Turtle';
    expect(r.triples).toBe(parse(fileContent(files, name), format).length);
    if (name === 'graph.nt' || name === 'graph.ttl') expect(r.triples).toBe(triples);
  });

  it('declares in ontology.ttl every ng: class and property the graph uses', () => {
    const declared = new Set(parse(fileContent(files, 'ontology.ttl'), 'Turtle').filter((q) => q.predicate.value === `${RDFS}label`).map((q) => q.subject.value));
    const used = new Set<string>();
    for (const q of parse(fileContent(files, 'graph.nt'), 'N-Triples')) {
      if (q.predicate.value.startsWith(NG)) used.add(q.predicate.value);
      if (q.predicate.value === `${RDF}type` && q.object.value.startsWith(NG)) used.add(q.object.value);
    }
    expect([...used].filter((t) => !declared.has(t))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it('gives byte-identical RDF when built again', async () => {
    const again = await buildSeeds();
    for (const name of ['graph.nt', 'graph.ttl', 'graph.nq', 'ontology.ttl']) expect(fileContent(again.files, name)).toBe(fileContent(files, name));
  });

  it('mints entity IRIs under --base', async () => {
    const other = await buildSeeds('http://news.example/kg#');
    const nt = fileContent(other.files, 'graph.nt');
    expect(nt).toContain('<http://news.example/kg#entity/');
    expect(nt).not.toContain(TEST_BASE);
  });
});
