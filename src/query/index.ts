// Query: SPARQL over the built files in an embedded store, and the batches that load them into a
// SPARQL server. Used by cli/commands/query.ts and cli/commands/load.ts.

export { runSparql, queryFormOf, type QueryResult, type RdfSource, type SparqlTerm, type GraphSyntax, type QueryForm } from './run-sparql';
export { formatResults, RESULT_FORMATS, type ResultFormat } from './format-results';
export { parseRdf, rdfSyntaxOf, type RdfSyntax } from './rdf-files';
export { toGraphStoreBatches, type GraphStoreBatch, type BatchOptions } from './graph-store-batches';
export { streamGraphStoreBatches } from './stream-batches';
