// The ng: ontology (src/export/rdf/ontology.ts): valid Turtle that declares every class and property
// the export uses, with domains and ranges from PREDICATE_SCHEMA and schema.org super-properties.

import fs from 'node:fs';
import path from 'node:path';

import type { Quad } from 'n3';

import { renderOntology } from '../../../src/export/rdf/ontology';
import { kindClass } from '../../../src/export/rdf/vocabulary';
import { PREDICATES, PREDICATE_SCHEMA } from '../../../src/types';
import { needs } from '../../_system';
import { parse, rapperCount, writeTemp } from '../_rdf';

const rapper = needs('rapper');

const NG = 'https://w3id.org/newsgraph/ns#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';

describe('renderOntology', () => {
  let text: string;
  let quads: Quad[];
  const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
  /** The classes a domain or range names: one class, or the members of an owl:unionOf list. */
  const classesOf = (s: string, p: string): string[] => {
    const [o] = objects(s, p);
    if (o.termType === 'NamedNode') return [o.value];
    const out: string[] = [];
    let [cell] = objects(o.value, `${OWL}unionOf`);
    while (cell.value !== `${RDF}nil`) {
      out.push(objects(cell.value, `${RDF}first`)[0].value);
      [cell] = objects(cell.value, `${RDF}rest`);
    }
    return out;
  };

  beforeAll(async () => {
    text = await renderOntology();
    quads = parse(text, 'Turtle');
  });

  it('is the same text every time', async () => {
    expect(await renderOntology()).toBe(text);
  });

  rapper.it('is accepted by rapper as Turtle', () => {
    const dir = writeTemp([{ name: 'ontology.ttl', content: text }]);
    try {
      expect(rapperCount(path.join(dir, 'ontology.ttl'), 'turtle')).toMatchObject({ status: 0, triples: quads.length });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([...PREDICATES])('declares ng:%s with a label, a comment and the domain and range of PREDICATE_SCHEMA', (predicate) => {
    const iri = NG + predicate;
    expect(objects(iri, `${RDF}type`).map((t) => t.value)).toContain(`${OWL}ObjectProperty`);
    expect(objects(iri, `${RDFS}label`)).toHaveLength(1);
    expect(objects(iri, `${RDFS}comment`)).toHaveLength(1);
    const shape = PREDICATE_SCHEMA[predicate];
    expect(classesOf(iri, `${RDFS}domain`).sort()).toEqual([...new Set(shape.from.map(kindClass))].sort());
    expect(classesOf(iri, `${RDFS}range`).sort()).toEqual([...new Set(shape.to.map(kindClass))].sort());
    expect(objects(iri, `${RDF}type`).some((t) => t.value === `${OWL}SymmetricProperty`)).toBe(!!shape.symmetric);
  });

  it.each([
    ['memberOf', 'http://schema.org/memberOf'],
    ['locatedIn', 'http://schema.org/containedInPlace'],
    ['affiliatedWith', 'http://schema.org/affiliation'],
  ])('makes ng:%s a sub-property of %s', (predicate, parent) => {
    expect(objects(NG + predicate, `${RDFS}subPropertyOf`).map((t) => t.value)).toEqual([parent]);
  });

  it('declares the ng: classes and the attribute properties with labels and comments', () => {
    for (const local of ['Agreement', 'Concern', 'EvidenceSentence', 'kind', 'mentions', 'mentionedIn', 'weight', 'confidence', 'role', 'rule', 'sentenceIndex', 'file']) {
      expect(objects(NG + local, `${RDFS}label`)).toHaveLength(1);
      expect(objects(NG + local, `${RDFS}comment`)).toHaveLength(1);
    }
    expect(objects(`${NG}EvidenceSentence`, `${RDFS}subClassOf`).map((t) => t.value)).toEqual(['http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String']);
  });
});
