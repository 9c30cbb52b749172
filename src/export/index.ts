// Export: graph → the files of output/ (CONTRACT.md, plus ontology.ttl). Rendering is pure (strings); only
// writeOutputs touches the disk, atomically: every file is written to a temporary name first and
// renamed into place only when all of them are ready (write-outputs.ts).

import type { KnowledgeGraph } from '../graph/attributes';
import { renderJson } from './json';
import { renderOntology } from './rdf/ontology';
import { toSubjectRows } from './rdf/to-quads';
import { prefixesFor } from './rdf/vocabulary';
import { writeLines, writeTurtle } from './rdf/write-rdf';

export { renderJson } from './json';
export { toQuads, toSubjectRows, type RdfOptions } from './rdf/to-quads';
export { entityIri, documentIri, evidenceIri, statementIri } from './rdf/iris';
export { writeLines, writeRdf, writeTurtle, type RdfFormat } from './rdf/write-rdf';
export { renderOntology } from './rdf/ontology';
export { slugify, toSafeSlug } from './rdf/slug';
export * as vocabulary from './rdf/vocabulary';

export interface OutputFile {
  name: string;
  content: string;
}

export interface ExportOptions {
  /** Base IRI of minted IRIs (--base). */
  base: string;
  /** Decoded text of each document, for NIF code-point offsets; every one becomes a schema:NewsArticle. */
  docTexts: ReadonlyMap<string, string>;
}

/** Renders graph.nt, graph.ttl, graph.nq and ontology.ttl, and counts the triples of graph.nt. */
export async function renderRdf(graph: KnowledgeGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const groups = toSubjectRows(graph, options.docTexts, { base: options.base, namedGraphs: true });
  const { nt, nq, triples } = writeLines(groups);
  const [ttl, ontology] = await Promise.all([writeTurtle(groups, prefixesFor(options.base)), renderOntology()]);
  return {
    files: [
      { name: 'graph.nt', content: nt },
      { name: 'graph.ttl', content: ttl },
      { name: 'graph.nq', content: nq },
      { name: 'ontology.ttl', content: ontology },
    ],
    triples,
  };
}

/** Renders graph.json, graph.nt, graph.ttl, graph.nq and ontology.ttl; the viewer page is added by the caller. */
export async function renderOutputs(graph: KnowledgeGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const rdf = await renderRdf(graph, options);
  return { files: [{ name: 'graph.json', content: renderJson(graph) }, ...rdf.files], triples: rdf.triples };
}

export { assertWritable, writeOutputs, type FileToWrite } from './write-outputs';
