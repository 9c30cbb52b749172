// Graph → RDF quads (pure and sorted): entities with their classes, names and aliases; relations as
// ng:<predicate> triples; each typed fact's attributes (weight, confidence, role, rule) on an
// rdf:Statement node linked to its evidence sentences (NIF offsets in code points); documents as
// schema:NewsArticle. With namedGraphs, every typed fact is stated again in the named graph of each
// document that supports it (graph.nq). Plain RDF 1.1: no triple terms (TRAPS.md).
//
// Co-occurrence is no fact (CONTRACT.md): an ng:mentionedWith triple only, without a statement or
// sentences (they stay in graph.json, where the viewer shows them). Statements and evidence of
// co-occurrences made 57% of the triples of the Brown benchmark, and 92% of its evidence sentences
// supported nothing else (36% on the seeds); a store answers "named together how often" from
// ng:mentionedIn instead (docs/SPARQL.md).

import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';

import { toCodePointOffsets } from './code-points';
import { documentIri, documentSlug, entityIri, evidenceIri, statementIri } from './iris';
import { toDecimalLiteral, toIntegerLiteral, toStringLiteral } from './literals';
import type { RdfGraph } from './rdf-graph';
import { RowCollector, type SubjectRows } from './subject-rows';
import { kindClass, ng, nif, prov, rdf, rdfs, schema, skos } from './vocabulary';

const { namedNode, quad, defaultGraph } = DataFactory;


export interface RdfOptions {
  /** Base IRI of minted IRIs, ending in "/" or "#". */
  base: string;
  /** Also state each typed fact in the named graph of every document that supports it (N-Quads). */
  namedGraphs: boolean;
}

/**
 * All quads for a graph, sorted by subject, predicate, object, graph. `docTexts` holds the decoded
 * text of every input document (for code-point offsets); each becomes a schema:NewsArticle even
 * when nothing was found in it.
 */
export function toQuads(graph: RdfGraph, docTexts: ReadonlyMap<string, string>, options: RdfOptions): Quad[] {
  const out: Quad[] = [];
  for (const { subject, rows } of toSubjectRows(graph, docTexts, options)) {
    for (const r of rows) out.push(quad(subject, r.predicate, r.object, r.graph));
  }
  return out;
}

// The predicates and classes of every export, made once.
const P = {
  type: namedNode(rdf('type')),
  label: namedNode(rdfs('label')),
  name: namedNode(schema('name')),
  kind: namedNode(ng('kind')),
  mentions: namedNode(ng('mentions')),
  altLabel: namedNode(skos('altLabel')),
  mentionedIn: namedNode(ng('mentionedIn')),
  subject: namedNode(rdf('subject')),
  predicate: namedNode(rdf('predicate')),
  object: namedNode(rdf('object')),
  weight: namedNode(ng('weight')),
  confidence: namedNode(ng('confidence')),
  role: namedNode(ng('role')),
  rule: namedNode(ng('rule')),
  wasDerivedFrom: namedNode(prov('wasDerivedFrom')),
  anchorOf: namedNode(nif('anchorOf')),
  beginIndex: namedNode(nif('beginIndex')),
  endIndex: namedNode(nif('endIndex')),
  sentenceIndex: namedNode(ng('sentenceIndex')),
  isPartOf: namedNode(schema('isPartOf')),
  file: namedNode(ng('file')),
};
const C = {
  statement: namedNode(rdf('Statement')),
  evidenceSentence: namedNode(ng('EvidenceSentence')),
  nifString: namedNode(nif('String')),
  newsArticle: namedNode(schema('NewsArticle')),
};

/** The same quads as toQuads, grouped by subject in the same order (what the writers read). */
export function toSubjectRows(graph: RdfGraph, docTexts: ReadonlyMap<string, string>, options: RdfOptions): SubjectRows[] {
  const { base } = options;
  const rows = new RowCollector();
  const dg = defaultGraph();
  // One term per IRI: entities, documents and classes recur thousands of times.
  const nodes = new Map<string, NamedNode>();
  const iri = (value: string) => nodes.get(value) ?? nodes.set(value, namedNode(value)).get(value)!;
  const minted = new Map<string, string>();
  // Minting is one-to-one by construction (slug.ts); a clash would silently merge two things, so it is a bug.
  const mint = (value: string, owner: string) => {
    const previous = minted.get(value);
    if (previous !== undefined && previous !== owner) throw new Error(`export: ${JSON.stringify(previous)} and ${JSON.stringify(owner)} both map to <${value}>`);
    minted.set(value, owner);
    return iri(value);
  };

  // Document slugs and entity IRIs are asked for once per mention and sentence: make each once (slugs hash).
  const docSlugs = new Map<string, string>();
  const docSlug = (doc: string) => docSlugs.get(doc) ?? docSlugs.set(doc, documentSlug(doc)).get(doc)!;
  const docNodes = new Map<string, NamedNode>();
  const docIri = (doc: string) => docNodes.get(doc) ?? docNodes.set(doc, iri(documentIri(base, doc, docSlug(doc)))).get(doc)!;
  const entityNodes = new Map<string, NamedNode>();
  const entity = (key: string) => entityNodes.get(key) ?? entityNodes.set(key, iri(entityIri(base, key))).get(key)!;
  const predicates = new Map<string, NamedNode>();
  const predicate = (name: string) => predicates.get(name) ?? predicates.set(name, iri(ng(name))).get(name)!;
  // Numbers and kinds repeat (weights, offsets, "Person"): one literal term each, encoded once by the writer.
  const integers = new Map<number, Literal>();
  const integer = (n: number) => integers.get(n) ?? integers.set(n, toIntegerLiteral(n)).get(n)!;
  const decimals = new Map<number, Literal>();
  const decimal = (n: number) => decimals.get(n) ?? decimals.set(n, toDecimalLiteral(n)).get(n)!;
  const kinds = new Map<string, Literal>();
  const kind = (k: string) => kinds.get(k) ?? kinds.set(k, toStringLiteral(k)).get(k)!;

  const docs = new Set<string>(docTexts.keys());
  graph.forEachNode((key, a) => {
    const e = rows.subject(mint(entity(key).value, `node ${key}`));
    e.add(P.type, iri(kindClass(a.kind)), dg);
    const label = toStringLiteral(a.label);
    e.add(P.label, label, dg);
    e.add(P.name, label, dg);
    e.add(P.kind, kind(a.kind), dg);
    e.add(P.mentions, integer(a.mentions), dg);
    for (const alias of a.aliases) e.add(P.altLabel, toStringLiteral(alias), dg);
    for (const d of a.docs) {
      docs.add(d);
      e.add(P.mentionedIn, docIri(d), dg);
    }
  });

  const offsetsOf = new Map<string, (index: number) => number>();
  const toCodePoints = (doc: string, index: number) => {
    let f = offsetsOf.get(doc);
    if (!f) offsetsOf.set(doc, (f = toCodePointOffsets(docTexts.get(doc) ?? '')));
    return f(index);
  };
  const evidenceDone = new Set<string>();
  graph.forEachEdge((edgeKey, a, source, target) => {
    const s = entity(source);
    const o = entity(target);
    const p = predicate(a.predicate);
    const subject = rows.subject(s);
    subject.add(p, o, dg);
    if (a.predicate === 'mentionedWith') return; // (see the top of this file)
    const st = rows.subject(mint(statementIri(base, edgeKey), `edge ${edgeKey}`));
    st.add(P.type, C.statement, dg);
    st.add(P.subject, s, dg);
    st.add(P.predicate, p, dg);
    st.add(P.object, o, dg);
    st.add(P.weight, integer(a.weight), dg);
    if (Number.isFinite(a.confidence)) st.add(P.confidence, decimal(a.confidence), dg);
    if (a.role) st.add(P.role, toStringLiteral(a.role), dg);
    if (a.rule) st.add(P.rule, toStringLiteral(a.rule), dg);
    const factDocs = new Set<string>();
    for (const ev of a.evidence) {
      const evIri = evidenceIri(base, ev, docSlug(ev.doc));
      st.add(P.wasDerivedFrom, iri(evIri), dg);
      factDocs.add(ev.doc);
      docs.add(ev.doc);
      if (evidenceDone.has(evIri)) continue;
      evidenceDone.add(evIri);
      const e = rows.subject(mint(evIri, `sentence ${ev.sentence} of ${ev.doc}`));
      e.add(P.type, C.evidenceSentence, dg);
      e.add(P.type, C.nifString, dg);
      e.add(P.anchorOf, toStringLiteral(ev.text), dg);
      e.add(P.beginIndex, integer(toCodePoints(ev.doc, ev.start)), dg);
      e.add(P.endIndex, integer(toCodePoints(ev.doc, ev.end)), dg);
      e.add(P.sentenceIndex, integer(ev.sentence), dg);
      e.add(P.isPartOf, docIri(ev.doc), dg);
    }
    if (options.namedGraphs) for (const d of factDocs) subject.add(p, o, docIri(d));
  });

  for (const d of docs) {
    const doc = rows.subject(mint(docIri(d).value, `document ${d}`));
    const file = toStringLiteral(d);
    doc.add(P.type, C.newsArticle, dg);
    doc.add(P.name, file, dg);
    doc.add(P.file, file, dg);
  }
  return rows.sorted();
}
