// RDF namespaces of newsgraph (CONTRACT.md "RDF vocabulary") as IRI builders, after n3's IRIs.js,
// and the prefixes the Turtle files declare.

export const NG_NS = 'https://w3id.org/newsgraph/ns#';
export const SCHEMA_NS = 'http://schema.org/';
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
export const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
export const PROV_NS = 'http://www.w3.org/ns/prov#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const OWL_NS = 'http://www.w3.org/2002/07/owl#';
export const NIF_NS = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

/** The ontology's own IRI (the namespace without its "#"), subject of its owl:Ontology description. */
export const ONTOLOGY_IRI = 'https://w3id.org/newsgraph/ns';

export const PREFIXES: Readonly<Record<string, string>> = {
  ng: NG_NS,
  schema: SCHEMA_NS,
  rdf: RDF_NS,
  rdfs: RDFS_NS,
  skos: SKOS_NS,
  prov: PROV_NS,
  xsd: XSD_NS,
  owl: OWL_NS,
  nif: NIF_NS,
};

/** PREFIXES plus the build's own IRI folders (iris.ts), which shorten graph.ttl by about a third. */
export function prefixesFor(base: string): Record<string, string> {
  return { ...PREFIXES, entity: `${base}entity/`, document: `${base}document/`, evidence: `${base}evidence/`, statement: `${base}statement/` };
}

export const ng = (local: string) => NG_NS + local;
export const schema = (local: string) => SCHEMA_NS + local;
export const rdf = (local: string) => RDF_NS + local;
export const rdfs = (local: string) => RDFS_NS + local;
export const skos = (local: string) => SKOS_NS + local;
export const prov = (local: string) => PROV_NS + local;
export const xsd = (local: string) => XSD_NS + local;
export const owl = (local: string) => OWL_NS + local;
export const nif = (local: string) => NIF_NS + local;

const SCHEMA_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Place', 'Organization']);

/** Class IRI of a kind: schema.org where it has one, ng:<Kind> otherwise. */
export function kindClass(kind: string): string {
  return SCHEMA_KINDS.has(kind) ? schema(kind) : ng(kind);
}
