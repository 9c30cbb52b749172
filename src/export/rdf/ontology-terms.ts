// Data for the ontology (ontology.ts): a label and a comment for every class and property the export
// uses, and the schema.org property each ng: relation refines where one fits. Domains and ranges are
// not repeated here: they come from PREDICATE_SCHEMA in types.ts, the table extraction filters with.

import type { Kind, Predicate } from '../../types';

export interface TermText {
  label: string;
  comment: string;
}

/** Kinds that get an ng: class (the others are schema.org classes: vocabulary.ts kindClass). */
export const KIND_TERMS: Partial<Record<Kind, TermText>> = {
  // "the China–Solomon Islands security agreement", "AUKUS"
  Agreement: { label: 'Agreement', comment: 'A treaty, pact, arrangement, deal or alliance formed by agreement between parties.' },
  // "Russia's invasion of Ukraine", "human rights in Xinjiang"
  Concern: { label: 'Concern', comment: 'An issue, conflict, threat or policy worry that actors express concern about, condemn or oppose.' },
};

export interface PredicateTerm extends TermText {
  /** A schema.org property this one refines: every ng: statement is then also a schema: statement. */
  subPropertyOf?: string;
}

export const PREDICATE_TERMS: Partial<Record<Predicate, PredicateTerm>> = {
  // Jacinda Ardern → New Zealand, with role "Prime Minister" on the statement
  affiliatedWith: { label: 'affiliated with', comment: 'A person holds a position in or acts for a country or organization, or holds an office of a state, region or city (a place); the role is on the rdf:Statement.', subPropertyOf: 'affiliation' },
  // Ardern → Kishida
  met: { label: 'met', comment: 'Two people met (symmetric; stated once, in either direction).' },
  // Ardern → Japan
  visited: { label: 'visited', comment: 'A person visited a country or place.' },
  // Japan → the information-sharing agreement
  partyTo: { label: 'party to', comment: 'A country, organization or person is a party to an agreement. Negated statements produce none.' },
  // Ardern → militarisation of the Pacific
  concernedAbout: { label: 'concerned about', comment: 'An actor expresses concern about an issue or an agreement.' },
  // New Zealand → China–Solomon Islands pact
  opposes: { label: 'opposes', comment: 'An actor opposes or condemns an issue or an agreement.' },
  // invasion of Ukraine → Russia
  involves: { label: 'involves', comment: 'A concern or agreement involves a country, place or organization.' },
  // New Zealand → Five Eyes
  memberOf: { label: 'member of', comment: 'A country, organization or person is a member of an organization.', subPropertyOf: 'memberOf' },
  // Tokyo → Japan
  locatedIn: { label: 'located in', comment: 'A place or organization lies in a country or place.', subPropertyOf: 'containedInPlace' },
  // any two entities named in one sentence
  mentionedWith: { label: 'mentioned with', comment: 'Co-occurrence: both entities are named in one sentence. Not a typed fact: a plain triple, without statement or evidence, absent from the document graphs.' },
};

/** The other ng: terms of the export: a class and the attributes of entities, statements, sentences and documents. */
export const OTHER_TERMS: Array<TermText & { name: string; type: 'class' | 'datatype' | 'object'; domain?: string; range?: string; subClassOf?: string }> = [
  { name: 'EvidenceSentence', type: 'class', label: 'Evidence sentence', comment: 'A sentence of a document that states a relation; offsets count Unicode code points (NIF).', subClassOf: 'nif:String' },
  { name: 'kind', type: 'datatype', label: 'kind', comment: 'The entity kind as newsgraph names it (Person, Country, Agreement…).', range: 'xsd:string' },
  { name: 'mentions', type: 'datatype', label: 'mentions', comment: 'How many times the entity is mentioned across the corpus.', range: 'xsd:integer' },
  { name: 'mentionedIn', type: 'object', label: 'mentioned in', comment: 'A document that mentions the entity.', range: 'schema:NewsArticle' },
  { name: 'weight', type: 'datatype', label: 'weight', comment: 'How many evidence sentences support the statement.', domain: 'rdf:Statement', range: 'xsd:integer' },
  { name: 'confidence', type: 'datatype', label: 'confidence', comment: 'Confidence in the statement, from 0 to 1.', domain: 'rdf:Statement', range: 'xsd:decimal' },
  { name: 'role', type: 'datatype', label: 'role', comment: 'The role in which a person is affiliated ("Prime Minister").', domain: 'rdf:Statement', range: 'xsd:string' },
  { name: 'rule', type: 'datatype', label: 'rule', comment: 'Id of the extraction pattern that produced the statement.', domain: 'rdf:Statement', range: 'xsd:string' },
  { name: 'sentenceIndex', type: 'datatype', label: 'sentence index', comment: 'Index of the sentence in its document, from 0.', domain: 'ng:EvidenceSentence', range: 'xsd:integer' },
  { name: 'file', type: 'datatype', label: 'file', comment: 'The file name of the document as given to newsgraph build.', domain: 'schema:NewsArticle', range: 'xsd:string' },
];
