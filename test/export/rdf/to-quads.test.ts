// Graph → quads (src/export/rdf/to-quads.ts) and quads → text (write-rdf.ts), tested by round trip:
// what n3 and Debian's rapper read back from N-Triples, Turtle and N-Quads is exactly what went in.

import fs from 'node:fs';
import path from 'node:path';

import type { Quad } from 'n3';

import { documentIri, entityIri, evidenceIri, statementIri } from '../../../src/export/rdf/iris';
import { toQuads, toSubjectRows } from '../../../src/export/rdf/to-quads';
import { prefixesFor } from '../../../src/export/rdf/vocabulary';
import { writeLines, writeRdf, writeTurtle, type RdfFormat } from '../../../src/export/rdf/write-rdf';
import { needs } from '../../_system';
import { evidenceIn, makeGraph, parse, rapperCount, rapperToNTriples, TEST_BASE, writeTemp } from '../_rdf';

const rapper = needs('rapper');

const NG = 'https://w3id.org/newsgraph/ns#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

// One idea per row: each must come back character for character.
const HOSTILE_LABELS: Array<[string, string]> = [
  ['double quotes', 'the "so-called" deal'],
  ['triple quotes', '"""x"""'],
  ['backslashes', 'C:\\temp\\new \\u0041 \\n'],
  ['newlines and tabs', 'line one\nline two\r\n\ttabbed'],
  ['angle brackets', '<script>alert("x")</script> <http://a>'],
  ['control characters', 'bell\u0007 nul\u0000 esc\u001b unit\u001f del\u007f'],
  ['non-BMP characters', 'Merkel 😀 met 𝔐𝔞𝔠𝔯𝔬𝔫 \u{10FFFF}'],
  ['Turtle syntax', '"; ] . @prefix x: <y> . #comment'],
  ['accents and other scripts', 'Ngāti Porou · 习近平 · Ελλάδα'],
  ['10 kB', 'Very long name, with "quotes" and \\ backslashes\n'.repeat(210)],
];

const DOC = 'weird "doc"\n<1>.txt';
const TEXT = 'Intro 😀 sentence. Ardern met Kishida in Tokyo. Last one.';
const SENTENCE = 'Ardern met Kishida in Tokyo.';

function hostileGraph() {
  const nodes = HOSTILE_LABELS.map(([, label], i) => ({ key: `person-hostile-${i}`, label, aliases: [`${label} (alias)`, label.slice(0, 3)], docs: [DOC] }));
  const ev = evidenceIn(DOC, TEXT, SENTENCE, 1);
  const edges = [
    { source: 'person-hostile-0', predicate: 'met' as const, target: 'person-hostile-1', evidence: [ev], role: HOSTILE_LABELS[5][1] },
    { source: 'person-hostile-2', predicate: 'affiliatedWith' as const, target: 'person-hostile-3', evidence: [{ ...ev, sentence: 2, text: HOSTILE_LABELS[6][1] }], role: 'Prime "Minister"\n' },
  ];
  return makeGraph(nodes, edges);
}

const literalsOf = (quads: Quad[], predicate: string) =>
  quads
    .filter((q) => q.predicate.value === predicate && q.graph.termType === 'DefaultGraph')
    .map((q) => q.object.value)
    .sort();

async function writeAll(quads: Quad[]): Promise<Record<RdfFormat, string>> {
  const [nt, ttl, nq] = await Promise.all([writeRdf(quads, 'N-Triples'), writeRdf(quads, 'Turtle', prefixesFor(TEST_BASE)), writeRdf(quads, 'N-Quads')]);
  return { 'N-Triples': nt, Turtle: ttl, 'N-Quads': nq };
}

describe('toQuads + writeRdf with hostile labels', () => {
  const graph = hostileGraph();
  const quads = toQuads(graph, new Map([[DOC, TEXT]]), { base: TEST_BASE, namedGraphs: true });
  const expectedLabels = HOSTILE_LABELS.map((h) => h[1]).sort();
  const expectedAliases = HOSTILE_LABELS.flatMap(([, l]) => [`${l} (alias)`, l.slice(0, 3)]).sort();
  let texts: Record<RdfFormat, string>;
  beforeAll(async () => {
    texts = await writeAll(quads);
  });

  it.each(['N-Triples', 'Turtle', 'N-Quads'] as RdfFormat[])('round-trips every label, alias, role and sentence exactly through %s', (format) => {
    const back = parse(texts[format], format);
    expect(literalsOf(back, `${RDFS}label`)).toEqual(expectedLabels);
    expect(literalsOf(back, `${SKOS}altLabel`)).toEqual(expectedAliases);
    expect(literalsOf(back, `${NG}role`)).toEqual([HOSTILE_LABELS[5][1], 'Prime "Minister"\n'].sort());
    expect(literalsOf(back, `${NIF}anchorOf`)).toEqual([SENTENCE, HOSTILE_LABELS[6][1]].sort());
    expect(literalsOf(back, 'http://schema.org/name')).toEqual([...expectedLabels, DOC].sort());
  });

  it('writes the same triples in all three formats, and the facts again in the document graph', () => {
    const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value} ${q.graph.value}`;
    const nt = parse(texts['N-Triples'], 'N-Triples').map(key).sort();
    expect(parse(texts.Turtle, 'Turtle').map(key).sort()).toEqual(nt);
    const nq = parse(texts['N-Quads'], 'N-Quads');
    expect(nq.filter((q) => q.graph.termType === 'DefaultGraph').map(key).sort()).toEqual(nt);
    expect(nq.filter((q) => q.graph.termType !== 'DefaultGraph').map(key).sort()).toEqual(
      [`${entityIri(TEST_BASE, 'person-hostile-0')} ${NG}met NamedNode:${entityIri(TEST_BASE, 'person-hostile-1')} ${documentIri(TEST_BASE, DOC)}`, `${entityIri(TEST_BASE, 'person-hostile-2')} ${NG}affiliatedWith NamedNode:${entityIri(TEST_BASE, 'person-hostile-3')} ${documentIri(TEST_BASE, DOC)}`].sort(),
    );
  });

  rapper.it.each([
    ['ntriples', 'N-Triples', 'graph.nt'],
    ['turtle', 'Turtle', 'graph.ttl'],
    ['nquads', 'N-Quads', 'graph.nq'],
  ] as const)('is accepted by rapper as %s, which reads back the same strings', (syntax, format, name) => {
    const dir = writeTemp([{ name, content: texts[format] }]);
    try {
      const file = path.join(dir, name);
      const count = rapperCount(file, syntax);
      expect(count.status).toBe(0);
      expect(count.triples).toBe(parse(texts[format], format).length);
      const back = parse(rapperToNTriples(file, syntax), syntax === 'nquads' ? 'N-Quads' : 'N-Triples');
      // NOTE: raptor keeps literals as C strings, so it ends one at U+0000; n3 and oxigraph keep all of it.
      const asRaptorKeepsIt = (s: string) => s.split('\u0000')[0];
      expect(literalsOf(back, `${RDFS}label`)).toEqual(expectedLabels.map(asRaptorKeepsIt).sort());
      expect(literalsOf(back, `${SKOS}altLabel`)).toEqual(expectedAliases.map(asRaptorKeepsIt).sort());
      expect(literalsOf(back, `${NIF}anchorOf`)).toEqual([SENTENCE, HOSTILE_LABELS[6][1]].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same bytes through the build path (writeLines, writeTurtle) as through n3 Writer on whole quads', async () => {
    const groups = toSubjectRows(graph, new Map([[DOC, TEXT]]), { base: TEST_BASE, namedGraphs: true });
    const { nt, nq, triples } = writeLines(groups);
    expect(nt).toBe(texts['N-Triples']);
    expect(triples).toBe(parse(nt, 'N-Triples').length);
    expect(await writeTurtle(groups, prefixesFor(TEST_BASE))).toBe(texts.Turtle);
    // graph.nq: graph.nt first, then the named graphs' lines, graph by graph.
    expect(nq.startsWith(nt)).toBe(true);
    const named = nq.slice(nt.length).split('\n').filter(Boolean);
    expect(named.length).toBe(2);
    expect(named.every((line) => line.endsWith(`<${documentIri(TEST_BASE, DOC)}> .`))).toBe(true);
    expect([...nt.split('\n'), ...named].filter(Boolean).sort()).toEqual(texts['N-Quads'].split('\n').filter(Boolean).sort());
  });

  it('mints only IRIs of `[a-z0-9-]` segments under the base or of the vocabularies', () => {
    for (const q of quads) {
      for (const t of [q.subject, q.predicate, q.object, q.graph]) {
        if (t.termType !== 'NamedNode') continue;
        if (t.value.startsWith(TEST_BASE)) expect(t.value.slice(TEST_BASE.length)).toMatch(/^(entity|document|evidence|statement)\/[a-z0-9]+(-[a-z0-9]+)*$/);
        else expect(t.value).toMatch(/^https?:\/\/[\w./-]+[#/][\w-]*$/);
      }
    }
  });
});

describe('toQuads provenance', () => {
  const text = 'Merkel 😀 met Macron. New Zealand is a member of Five Eyes. The Five Eyes includes New Zealand.';
  const s1 = 'New Zealand is a member of Five Eyes.';
  const s2 = 'The Five Eyes includes New Zealand.';
  const graph = makeGraph(
    [
      { key: 'country-new-zealand', label: 'New Zealand', kind: 'Country', docs: ['a.txt', 'b.txt'] },
      { key: 'organization-five-eyes', label: 'Five Eyes', kind: 'Organization', docs: ['a.txt'] },
    ],
    [
      { source: 'country-new-zealand', predicate: 'memberOf', target: 'organization-five-eyes', evidence: [evidenceIn('a.txt', text, s1, 1), evidenceIn('a.txt', text, s2, 2), evidenceIn('b.txt', s1, s1, 0)], confidence: 0.95, rule: 'member-of' },
      { source: 'organization-five-eyes', predicate: 'mentionedWith', target: 'country-new-zealand', evidence: [evidenceIn('a.txt', text, s1, 1)], confidence: 0.3 },
    ],
  );
  const docTexts = new Map([
    ['a.txt', text],
    ['b.txt', s1],
    ['empty.txt', ''],
  ]);
  const quads = toQuads(graph, docTexts, { base: TEST_BASE, namedGraphs: true });
  const objects = (s: string, p: string, g = 'DefaultGraph') => quads.filter((q) => q.subject.value === s && q.predicate.value === p && (g === 'DefaultGraph' ? q.graph.termType === g : q.graph.value === g)).map((q) => q.object.value);
  const nz = entityIri(TEST_BASE, 'country-new-zealand');
  const fe = entityIri(TEST_BASE, 'organization-five-eyes');

  it('describes the relation on an rdf:Statement with weight, confidence, rule and its sentences', () => {
    const st = statementIri(TEST_BASE, 'country-new-zealand|memberOf|organization-five-eyes');
    expect(objects(st, `${RDF}type`)).toEqual([`${RDF}Statement`]);
    expect(objects(st, `${RDF}subject`)).toEqual([nz]);
    expect(objects(st, `${RDF}predicate`)).toEqual([`${NG}memberOf`]);
    expect(objects(st, `${RDF}object`)).toEqual([fe]);
    expect(objects(st, `${NG}weight`)).toEqual(['3']);
    expect(objects(st, `${NG}confidence`)).toEqual(['0.95']);
    expect(objects(st, `${NG}rule`)).toEqual(['member-of']);
    expect(objects(st, 'http://www.w3.org/ns/prov#wasDerivedFrom').sort()).toEqual(
      [evidenceIri(TEST_BASE, { doc: 'a.txt', sentence: 1 }), evidenceIri(TEST_BASE, { doc: 'a.txt', sentence: 2 }), evidenceIri(TEST_BASE, { doc: 'b.txt', sentence: 0 })].sort(),
    );
  });

  it('makes each evidence sentence a resource with its text, document and code-point offsets', () => {
    const ev = evidenceIri(TEST_BASE, { doc: 'a.txt', sentence: 1 });
    expect(objects(ev, `${NIF}anchorOf`)).toEqual([s1]);
    // The emoji before the sentence is two JavaScript indices but one code point.
    expect(objects(ev, `${NIF}beginIndex`)).toEqual([String(text.indexOf(s1) - 1)]);
    expect(objects(ev, `${NIF}endIndex`)).toEqual([String(text.indexOf(s1) + s1.length - 1)]);
    expect(objects(ev, 'http://schema.org/isPartOf')).toEqual([documentIri(TEST_BASE, 'a.txt')]);
    expect(objects(ev, `${NG}sentenceIndex`)).toEqual(['1']);
  });

  it('states each typed fact in the named graph of every document that supports it, co-occurrence in none', () => {
    for (const doc of ['a.txt', 'b.txt']) {
      const g = documentIri(TEST_BASE, doc);
      expect(quads.filter((q) => q.graph.value === g).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).toEqual([`${nz} ${NG}memberOf ${fe}`]);
    }
    expect(quads.filter((q) => q.graph.termType !== 'DefaultGraph' && q.predicate.value === `${NG}mentionedWith`)).toEqual([]);
  });

  it('makes every document a schema:NewsArticle with its file name, even one with no entity', () => {
    for (const doc of ['a.txt', 'b.txt', 'empty.txt']) {
      const d = documentIri(TEST_BASE, doc);
      expect(objects(d, `${RDF}type`)).toEqual(['http://schema.org/NewsArticle']);
      expect(objects(d, 'http://schema.org/name')).toEqual([doc]);
      expect(objects(d, `${NG}file`)).toEqual([doc]);
    }
  });

  it('types entities with schema.org or ng: classes and names them with rdfs:label and schema:name', () => {
    expect(objects(nz, `${RDF}type`)).toEqual(['http://schema.org/Country']);
    expect(objects(fe, `${RDF}type`)).toEqual(['http://schema.org/Organization']);
    expect(objects(nz, `${RDFS}label`)).toEqual(['New Zealand']);
    expect(objects(nz, 'http://schema.org/name')).toEqual(['New Zealand']);
    expect(objects(nz, `${NG}mentionedIn`).sort()).toEqual([documentIri(TEST_BASE, 'a.txt'), documentIri(TEST_BASE, 'b.txt')]);
  });

  it('uses no RDF 1.2 triple terms and no blank nodes', () => {
    for (const q of quads) for (const t of [q.subject, q.object]) expect(['NamedNode', 'Literal']).toContain(t.termType);
  });

  it('is sorted and free of duplicates, so the output does not depend on insertion order', async () => {
    const reversed = makeGraph(
      [
        { key: 'organization-five-eyes', label: 'Five Eyes', kind: 'Organization', docs: ['a.txt'] },
        { key: 'country-new-zealand', label: 'New Zealand', kind: 'Country', docs: ['a.txt', 'b.txt'] },
      ],
      [...graph.edges()].reverse().map((e) => ({ source: graph.source(e), target: graph.target(e), ...graph.getEdgeAttributes(e) })),
    );
    const again = toQuads(reversed, new Map([...docTexts].reverse()), { base: TEST_BASE, namedGraphs: true });
    expect(await writeRdf(again, 'N-Quads')).toBe(await writeRdf(quads, 'N-Quads'));
  });

  it('leaves the document graphs out without namedGraphs', () => {
    expect(toQuads(graph, docTexts, { base: TEST_BASE, namedGraphs: false }).every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });
});

describe('an empty graph', () => {
  const files = [
    ['ntriples', 'N-Triples', 'graph.nt'],
    ['turtle', 'Turtle', 'graph.ttl'],
    ['nquads', 'N-Quads', 'graph.nq'],
  ] as const;

  it.each(files)('gives a valid %s file with no triples', async (_syntax, format) => {
    const quads = toQuads(makeGraph([]), new Map(), { base: TEST_BASE, namedGraphs: true });
    expect(quads).toEqual([]);
    const text = await writeRdf(quads, format, prefixesFor(TEST_BASE));
    expect(parse(text, format)).toEqual([]);
    if (format !== 'Turtle') expect(text).toBe('');
  });

  rapper.it.each(files)('gives a %s file rapper reads as no triples', async (syntax, format, name) => {
    const text = await writeRdf(toQuads(makeGraph([]), new Map(), { base: TEST_BASE, namedGraphs: true }), format, prefixesFor(TEST_BASE));
    const dir = writeTemp([{ name, content: text }]);
    try {
      expect(rapperCount(path.join(dir, name), syntax)).toMatchObject({ status: 0, triples: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
