// Graph → RDF quads (pure and sorted): entities with their classes, names and aliases; relations as
// ng:<predicate> triples; each relation's attributes (weight, confidence, role, rule) on an
// rdf:Statement node linked to its evidence sentences (NIF offsets in code points); documents as
// schema:NewsArticle. With namedGraphs, every typed fact is stated again in the named graph of each
// document that supports it (graph.nq). Plain RDF 1.1: no triple terms (TRAPS.md).

import { DataFactory, type Quad, type Quad_Graph, type Quad_Object } from 'n3';

import type { KnowledgeGraph } from '../../graph/attributes';
import { toCodePointOffsets } from './code-points';
import { documentIri, documentSlug, entityIri, evidenceIri, statementIri } from './iris';
import { toDecimalLiteral, toIntegerLiteral, toStringLiteral } from './literals';
import { sortQuads } from './sort-quads';
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
export function toQuads(graph: KnowledgeGraph, docTexts: ReadonlyMap<string, string>, options: RdfOptions): Quad[] {
  const { base } = options;
  const out: Quad[] = [];
  const add = (s: string, p: string, o: Quad_Object, g: Quad_Graph = defaultGraph()) => out.push(quad(namedNode(s), namedNode(p), o, g));
  const iri = (value: string) => namedNode(value);
  const minted = new Map<string, string>();
  // Minting is one-to-one by construction (slug.ts); a clash would silently merge two things, so it is a bug.
  const mint = (value: string, owner: string) => {
    const previous = minted.get(value);
    if (previous !== undefined && previous !== owner) throw new Error(`export: ${JSON.stringify(previous)} and ${JSON.stringify(owner)} both map to <${value}>`);
    minted.set(value, owner);
    return value;
  };

  // Document slugs and entity IRIs are asked for once per mention and sentence: make each once (slugs hash).
  const docSlugs = new Map<string, string>();
  const docSlug = (doc: string) => docSlugs.get(doc) ?? docSlugs.set(doc, documentSlug(doc)).get(doc)!;
  const docIri = (doc: string) => documentIri(base, doc, docSlug(doc));
  const entityIris = new Map<string, string>();
  const entity = (key: string) => entityIris.get(key) ?? entityIris.set(key, entityIri(base, key)).get(key)!;

  const docs = new Set<string>(docTexts.keys());
  graph.forEachNode((key, a) => {
    const e = mint(entity(key), `node ${key}`);
    add(e, rdf('type'), iri(kindClass(a.kind)));
    add(e, rdfs('label'), toStringLiteral(a.label));
    add(e, schema('name'), toStringLiteral(a.label));
    add(e, ng('kind'), toStringLiteral(a.kind));
    add(e, ng('mentions'), toIntegerLiteral(a.mentions));
    for (const alias of a.aliases) add(e, skos('altLabel'), toStringLiteral(alias));
    for (const d of a.docs) {
      docs.add(d);
      add(e, ng('mentionedIn'), iri(docIri(d)));
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
    const o = iri(entity(target));
    const p = ng(a.predicate);
    add(s, p, o);
    const st = mint(statementIri(base, edgeKey), `edge ${edgeKey}`);
    add(st, rdf('type'), iri(rdf('Statement')));
    add(st, rdf('subject'), iri(s));
    add(st, rdf('predicate'), iri(p));
    add(st, rdf('object'), o);
    add(st, ng('weight'), toIntegerLiteral(a.weight));
    if (Number.isFinite(a.confidence)) add(st, ng('confidence'), toDecimalLiteral(a.confidence));
    if (a.role) add(st, ng('role'), toStringLiteral(a.role));
    if (a.rule) add(st, ng('rule'), toStringLiteral(a.rule));
    const factDocs = new Set<string>();
    for (const ev of a.evidence) {
      const evIri = evidenceIri(base, ev, docSlug(ev.doc));
      add(st, prov('wasDerivedFrom'), iri(evIri));
      factDocs.add(ev.doc);
      docs.add(ev.doc);
      if (evidenceDone.has(evIri)) continue;
      evidenceDone.add(evIri);
      mint(evIri, `sentence ${ev.sentence} of ${ev.doc}`);
      add(evIri, rdf('type'), iri(ng('EvidenceSentence')));
      add(evIri, rdf('type'), iri(nif('String')));
      add(evIri, nif('anchorOf'), toStringLiteral(ev.text));
      add(evIri, nif('beginIndex'), toIntegerLiteral(toCodePoints(ev.doc, ev.start)));
      add(evIri, nif('endIndex'), toIntegerLiteral(toCodePoints(ev.doc, ev.end)));
      add(evIri, ng('sentenceIndex'), toIntegerLiteral(ev.sentence));
      add(evIri, schema('isPartOf'), iri(docIri(ev.doc)));
    }
    // Co-occurrence is not a fact a document states (CONTRACT.md), so it stays out of the document graphs.
    if (options.namedGraphs && a.predicate !== 'mentionedWith') {
      for (const d of factDocs) add(s, p, o, iri(docIri(d)));
    }
  });

  for (const d of docs) {
    const doc = mint(docIri(d), `document ${d}`);
    add(doc, rdf('type'), iri(schema('NewsArticle')));
    add(doc, schema('name'), toStringLiteral(d));
    add(doc, ng('file'), toStringLiteral(d));
  }
  return sortQuads(out);
}
