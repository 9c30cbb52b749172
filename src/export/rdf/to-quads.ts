// Graph → RDF quads (pure and sorted). Entities with their classes, names and aliases; relations as
// ng:<predicate> triples; each relation's attributes on an rdf:Statement node linked to its evidence
// sentences (NIF offsets in code points); documents as schema:NewsArticle. In N-Quads every fact is
// also stated in the named graph of each document that supports it.

import { DataFactory, type Quad, type Term } from 'n3';

import type { KnowledgeGraph } from '../../graph/attributes';
import type { Evidence } from '../../types';
import { shortHash, slugify } from './slug';
import { kindClass, ng, nif, prov, rdf, rdfs, schema, skos, xsd } from './vocabulary';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

export interface RdfOptions {
  base: string;
  /** Put each fact in the named graphs of its documents (N-Quads). */
  namedGraphs: boolean;
}

export function entityIri(base: string, key: string): string {
  return `${base}entity/${slugify(key, 80)}`;
}

export function documentIri(base: string, doc: string): string {
  return `${base}document/${slugify(doc, 80)}`;
}

export function evidenceIri(base: string, ev: Evidence): string {
  return `${base}evidence/${slugify(ev.doc, 80)}-s${ev.sentence}`;
}

export function statementIri(base: string, edgeKey: string): string {
  return `${base}statement/${shortHash(edgeKey, 16)}`;
}

/** Code-point offset of a JavaScript string index (NIF counts code points: TRAPS.md). */
function codePoints(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

const int = (n: number) => literal(String(Math.round(n)), namedNode(xsd('integer')));
const dec = (n: number) => literal(n.toFixed(3), namedNode(xsd('decimal')));
/** Strings are written as they are; only lone surrogates, which no RDF syntax can carry, are replaced. */
const str = (s: string) => literal(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

/** All quads for a graph, sorted by subject, predicate, object, graph. */
export function toQuads(graph: KnowledgeGraph, docTexts: Map<string, string>, options: RdfOptions): Quad[] {
  const { base } = options;
  const out: Quad[] = [];
  const g = defaultGraph();
  const add = (s: string, p: string, o: Term, graphTerm: Term = g) => out.push(quad(namedNode(s), namedNode(p), o as Quad['object'], graphTerm as Quad['graph']));
  const docs = new Set<string>();

  graph.forEachNode((key, a) => {
    const iri = entityIri(base, key);
    add(iri, rdf('type'), namedNode(kindClass(a.kind)));
    add(iri, rdfs('label'), str(a.label));
    add(iri, schema('name'), str(a.label));
    add(iri, ng('kind'), str(a.kind));
    add(iri, ng('mentions'), int(a.mentions));
    for (const alias of a.aliases) add(iri, skos('altLabel'), str(alias));
    for (const d of a.docs) {
      docs.add(d);
      add(iri, ng('mentionedIn'), namedNode(documentIri(base, d)));
    }
  });

  const evidenceSeen = new Set<string>();
  graph.forEachEdge((edgeKey, a, source, target) => {
    const s = entityIri(base, source);
    const o = entityIri(base, target);
    const p = ng(a.predicate);
    add(s, p, namedNode(o));
    const st = statementIri(base, edgeKey);
    add(st, rdf('type'), namedNode(rdf('Statement')));
    add(st, rdf('subject'), namedNode(s));
    add(st, rdf('predicate'), namedNode(p));
    add(st, rdf('object'), namedNode(o));
    add(st, ng('weight'), int(a.weight));
    add(st, ng('confidence'), dec(a.confidence));
    if (a.role) add(st, ng('role'), str(a.role));
    if (a.rule) add(st, ng('rule'), str(a.rule));
    const factDocs = new Set<string>();
    for (const ev of a.evidence) {
      const evIri = evidenceIri(base, ev);
      add(st, prov('wasDerivedFrom'), namedNode(evIri));
      factDocs.add(ev.doc);
      docs.add(ev.doc);
      if (evidenceSeen.has(evIri)) continue;
      evidenceSeen.add(evIri);
      const text = docTexts.get(ev.doc);
      add(evIri, rdf('type'), namedNode(ng('EvidenceSentence')));
      add(evIri, rdf('type'), namedNode(nif('String')));
      add(evIri, nif('anchorOf'), str(ev.text));
      add(evIri, nif('beginIndex'), int(text ? codePoints(text, ev.start) : ev.start));
      add(evIri, nif('endIndex'), int(text ? codePoints(text, ev.end) : ev.end));
      add(evIri, ng('sentenceIndex'), int(ev.sentence));
      add(evIri, schema('isPartOf'), namedNode(documentIri(base, ev.doc)));
    }
    if (options.namedGraphs && a.predicate !== 'mentionedWith') {
      for (const d of factDocs) add(s, p, namedNode(o), namedNode(documentIri(base, d)));
    }
  });

  for (const d of docs) {
    const iri = documentIri(base, d);
    add(iri, rdf('type'), namedNode(schema('NewsArticle')));
    add(iri, schema('name'), str(d));
    add(iri, ng('file'), str(d));
  }
  return sortQuads(out);
}

function termKey(t: Term): string {
  return t.termType === 'Literal' ? `"${t.value}"@${(t as { language?: string }).language ?? ''}^^${(t as { datatype?: { value: string } }).datatype?.value ?? ''}` : `${t.termType}:${t.value}`;
}

/** Sorts and de-duplicates quads (the Turtle writer groups only consecutive subjects: TRAPS.md). */
export function sortQuads(quads: Quad[]): Quad[] {
  const keyed = quads.map((q) => ({ q, k: [termKey(q.subject), termKey(q.predicate), termKey(q.object), termKey(q.graph)].join('\u0000') }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const out: Quad[] = [];
  let last = '';
  for (const { q, k } of keyed) {
    if (k === last) continue;
    last = k;
    out.push(q);
  }
  return out;
}
