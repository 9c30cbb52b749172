// Usage texts of the commands that load heavy modules (oxigraph), kept here so that `newsgraph --help`
// and `newsgraph build` do not pay for loading them.

export const QUERY_USAGE = `newsgraph query [--data FILE] [--format table|json|csv] [--no-ontology] ('SPARQL' | --file QUERY.rq)
  Runs SPARQL over the built triples in an embedded store and prints a table, SPARQL JSON or CSV
  (CONSTRUCT/DESCRIBE: N-Triples, or JSON-LD with --format json). FILE defaults to output/graph.nq
  (else output/graph.nt); ontology.ttl beside it is loaded too unless --no-ontology.`;

export const LOAD_USAGE = `newsgraph load --endpoint URL [--graph IRI] [--data FILE] [--batch N] [--replace] [--no-ontology]
  Sends the triples to a SPARQL server's Graph Store endpoint (Fuseki: http://HOST:3030/DATASET/data,
  Oxigraph: http://HOST:7878/store, Virtuoso: http://HOST:8890/sparql-graph-crud) in batches of N
  triples (default 10000). The default graph goes to --graph IRI (or the server's default graph);
  graph.nq's document graphs keep their names. --replace empties each target graph first (PUT).
  FILE defaults to output/graph.nq (else output/graph.nt); ontology.ttl beside it is sent too.`;
