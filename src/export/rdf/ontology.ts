// The ng: ontology as Turtle (output/ontology.ttl): classes and properties with labels and comments,
// domains and ranges from PREDICATE_SCHEMA (types.ts), owl:SymmetricProperty for symmetric relations
// and rdfs:subPropertyOf to schema.org where one fits. Pure: returns a string, the same in every build.

import { DataFactory, Writer, type Quad_Object } from 'n3';

import { KINDS, PREDICATES, PREDICATE_SCHEMA, type Kind } from '../../types';
import { KIND_TERMS, OTHER_TERMS, PREDICATE_TERMS } from './ontology-terms';
import { ONTOLOGY_IRI, PREFIXES, kindClass, ng, owl, rdf, rdfs, schema } from './vocabulary';

const { namedNode, literal } = DataFactory;

/** `nif:String` → its full IRI. */
function expand(curie: string): string {
  const [prefix, local] = curie.split(':', 2);
  return PREFIXES[prefix] + local;
}

/** Renders the ontology as Turtle. */
export function renderOntology(): Promise<string> {
  const writer = new Writer({ format: 'Turtle', prefixes: PREFIXES });
  const add = (s: string, p: string, o: Quad_Object | string) => writer.addQuad(namedNode(s), namedNode(p), typeof o === 'string' ? namedNode(o) : o);
  const text = (s: string, t: { label: string; comment: string }) => {
    add(s, rdfs('label'), literal(t.label, 'en'));
    add(s, rdfs('comment'), literal(t.comment, 'en'));
  };
  // One class, or the union of several: several rdfs:domain values would mean their intersection.
  const classOf = (kinds: readonly Kind[]): Quad_Object | string => {
    const classes = [...new Set(kinds.map(kindClass))];
    if (classes.length === 1) return classes[0];
    // NOTE: the array form of blank(): n3's blank(predicate, object) writes "[, (…)]" for a list object.
    const union = writer.list(classes.map((c) => namedNode(c))) as unknown as Quad_Object;
    return writer.blank([{ predicate: namedNode(owl('unionOf')), object: union }]) as Quad_Object;
  };

  add(ONTOLOGY_IRI, rdf('type'), owl('Ontology'));
  text(ONTOLOGY_IRI, { label: 'newsgraph vocabulary', comment: 'Classes and relations of the knowledge graphs newsgraph builds from news articles.' });

  for (const kind of KINDS) {
    const iri = kindClass(kind);
    if (!iri.startsWith(ng(''))) continue; // schema.org classes are schema.org's to describe
    add(iri, rdf('type'), owl('Class'));
    add(iri, rdfs('subClassOf'), schema('Thing'));
    text(iri, KIND_TERMS[kind] ?? { label: kind, comment: `An entity of kind ${kind}.` });
  }

  for (const predicate of PREDICATES) {
    const iri = ng(predicate);
    const shape = PREDICATE_SCHEMA[predicate];
    const terms = PREDICATE_TERMS[predicate] ?? { label: predicate, comment: `The ${predicate} relation.` };
    add(iri, rdf('type'), owl('ObjectProperty'));
    if (shape.symmetric) add(iri, rdf('type'), owl('SymmetricProperty'));
    text(iri, terms);
    add(iri, rdfs('domain'), classOf(shape.from));
    add(iri, rdfs('range'), classOf(shape.to));
    if (terms.subPropertyOf) add(iri, rdfs('subPropertyOf'), schema(terms.subPropertyOf));
  }

  for (const t of OTHER_TERMS) {
    const iri = ng(t.name);
    add(iri, rdf('type'), owl(t.type === 'class' ? 'Class' : t.type === 'datatype' ? 'DatatypeProperty' : 'ObjectProperty'));
    text(iri, t);
    if (t.subClassOf) add(iri, rdfs('subClassOf'), expand(t.subClassOf));
    if (t.domain) add(iri, rdfs('domain'), expand(t.domain));
    if (t.range) add(iri, rdfs('range'), expand(t.range));
  }

  // NOTE: n3 swallows exceptions thrown inside end()'s callback (TRAPS.md): only settle the promise there.
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}
