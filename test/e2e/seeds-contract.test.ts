// End to end on the seed articles: the build honours the output contract (kinds, predicates and their
// domains, evidence that quotes its source at its offsets) and its RDF parses back with n3 into the
// same entities and relations as graph.json.

import fs from 'node:fs';
import path from 'node:path';

import { Parser, type Quad } from 'n3';

import { build, type BuildResult } from '../../src/build';
import { KINDS, PREDICATES, PREDICATE_SCHEMA } from '../../src/types';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const NG = 'https://w3id.org/newsgraph/ns#';

let result: BuildResult;
let json: { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }> };
const file = (name: string) => result.files.find((f) => f.name === name)!.content;

beforeAll(async () => {
  result = await build([SEEDS], { jobs: 1 });
  json = JSON.parse(file('graph.json'));
});

describe('newsgraph build on the seeds', () => {
  it('writes every file of the contract', () => {
    expect(result.files.map((f) => f.name)).toEqual(expect.arrayContaining(['graph.json', 'graph.nt', 'graph.ttl', 'graph.nq']));
    expect(result.documents).toBe(fs.readdirSync(SEEDS).length);
  });

  it('gives every node the contract attributes and a core kind', () => {
    expect(json.nodes.length).toBeGreaterThan(20);
    for (const n of json.nodes) {
      const a = n.attributes;
      expect(KINDS).toContain(a.kind);
      expect(typeof a.label).toBe('string');
      expect(Array.isArray(a.aliases)).toBe(true);
      expect(a.mentions).toBeGreaterThan(0);
      expect((a.docs as string[]).length).toBeGreaterThan(0);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(n.key).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('gives every edge a contract predicate within its domain and range, with weight and confidence', () => {
    const kind = new Map(json.nodes.map((n) => [n.key, n.attributes.kind as string]));
    const typed = json.edges.filter((e) => e.attributes.predicate !== 'mentionedWith');
    expect(typed.length).toBeGreaterThan(20);
    for (const e of json.edges) {
      const a = e.attributes;
      const p = a.predicate as (typeof PREDICATES)[number];
      expect(PREDICATES).toContain(p);
      expect(PREDICATE_SCHEMA[p].from).toContain(kind.get(e.source));
      expect(PREDICATE_SCHEMA[p].to).toContain(kind.get(e.target));
      expect(a.weight).toBe((a.evidence as unknown[]).length);
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds the facts a reader of the seeds would expect', () => {
    const label = new Map(json.nodes.map((n) => [n.key, n.attributes.label as string]));
    const facts = json.edges.map((e) => `${label.get(e.source)} -${e.attributes.predicate}-> ${label.get(e.target)}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        'Jacinda Ardern -affiliatedWith-> New Zealand',
        'Fumio Kishida -affiliatedWith-> Japan',
        'New Zealand -memberOf-> Five Eyes',
        'Robert Patman -affiliatedWith-> University of Otago',
      ]),
    );
    expect(facts.some((f) => /^(Fumio Kishida -met-> Jacinda Ardern|Jacinda Ardern -met-> Fumio Kishida)$/.test(f))).toBe(true);
    // "Japan is not part of the Five Eyes": a negated statement is no fact.
    expect(facts).not.toContain('Japan -memberOf-> Five Eyes');
    // "the AUKUS agreement which New Zealand is not a part of"
    expect(facts.filter((f) => f.startsWith('New Zealand -partyTo-> AUKUS'))).toEqual([]);
  });

  it('quotes each evidence sentence exactly at its offsets in the source file', () => {
    const texts = new Map(fs.readdirSync(SEEDS).map((f) => [f, fs.readFileSync(path.join(SEEDS, f), 'utf8')]));
    let checked = 0;
    for (const e of json.edges) {
      for (const ev of e.attributes.evidence as Array<{ doc: string; start: number; end: number; text: string; sentence: number }>) {
        const text = texts.get(ev.doc);
        expect(text).toBeDefined();
        expect(text!.slice(ev.start, ev.end)).toBe(ev.text);
        expect(ev.text.trim()).toBe(ev.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('keeps page furniture out of the graph', () => {
    const evidence = json.edges.flatMap((e) => (e.attributes.evidence as Array<{ text: string }>).map((x) => x.text));
    expect(evidence.some((t) => /READ MORE|Sign up to receive|Watch the PM/.test(t))).toBe(false);
  });

  it('writes RDF that n3 parses back into the same entities and relations', () => {
    const parse = (text: string, format: string): Quad[] => new Parser({ format }).parse(text);
    const entityCount = json.nodes.length;
    const relations = new Set(json.edges.map((e) => `${e.source}|${e.attributes.predicate}|${e.target}`));
    for (const [name, format] of [
      ['graph.nt', 'N-Triples'],
      ['graph.ttl', 'Turtle'],
      ['graph.nq', 'N-Quads'],
    ] as const) {
      const quads = parse(file(name), format).filter((q) => q.graph.termType === 'DefaultGraph');
      const entities = new Set(quads.filter((q) => q.predicate.value === `${NG}kind`).map((q) => q.subject.value));
      expect(entities.size).toBe(entityCount);
      const facts = new Set(
        quads
          .filter((q) => q.predicate.value.startsWith(NG) && PREDICATES.includes(q.predicate.value.slice(NG.length) as never) && q.object.termType === 'NamedNode')
          .map((q) => `${q.subject.value.split('/entity/')[1]}|${q.predicate.value.slice(NG.length)}|${q.object.value.split('/entity/')[1]}`),
      );
      expect(facts).toEqual(relations);
    }
  });

  it('is deterministic: a second build gives byte-identical files', async () => {
    const again = await build([SEEDS], { jobs: 2 });
    for (const f of result.files) expect(again.files.find((g) => g.name === f.name)?.content).toBe(f.content);
  });
});
