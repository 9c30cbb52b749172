// Export: graph → the files of output/ (CONTRACT.md, plus ontology.ttl). Rendering is pure (strings); only
// writeOutputs touches the disk, atomically: every file is written to a temporary name first and
// renamed into place only when all of them are ready (write-outputs.ts).

import type { KnowledgeGraph } from '../graph/attributes';
import { renderJson } from './json';
import { renderOntology } from './rdf/ontology';
import type { RdfGraph } from './rdf/rdf-graph';
import { toSubjectRows } from './rdf/to-quads';
import { prefixesFor } from './rdf/vocabulary';
import { collect, type OutputStream } from './sink';
import { turtleHeader, writeNQuads, writeNTriples, writeTurtleTo } from './rdf/write-rdf';
import { writeDurably } from './write-outputs';

export { renderJson, toSerializedGraph, writeCompactJson, writeJson } from './json';
export { collect, type OutputStream, type Sink } from './sink';
export { MAX_VIEWER_JSON_BYTES, toViewerPart, type ViewerPart } from './viewer-part';
export { toQuads, toSubjectRows, type RdfOptions } from './rdf/to-quads';
export { entityIri, documentIri, evidenceIri, statementIri } from './rdf/iris';
export { writeLines, writeRdf, writeTurtle, type RdfFormat } from './rdf/write-rdf';
export { renderOntology } from './rdf/ontology';
export { readRdfGraph, toRdfGraphData, type RdfGraph, type RdfGraphData } from './rdf/rdf-graph';
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
export async function renderRdf(graph: RdfGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const { streams, triples } = await rdfStreams(graph, options);
  return { files: streams.map((s) => ({ name: s.name, content: collect(s.write) })), triples };
}

/**
 * graph.nt, graph.ttl, graph.nq and ontology.ttl as streams (written piece by piece, whatever their
 * size), and the number of triples of graph.nt. The rows are made once, now, and shared by the writers.
 */
export async function rdfStreams(graph: RdfGraph, options: ExportOptions): Promise<{ streams: OutputStream[]; triples: number }> {
  const groups = toSubjectRows(graph, options.docTexts, { base: options.base, namedGraphs: true });
  let triples = 0;
  for (const g of groups) for (const r of g.rows) if (r.graph.termType === 'DefaultGraph') triples++;
  const prefixes = prefixesFor(options.base);
  const [header, ontology] = await Promise.all([turtleHeader(prefixes), renderOntology()]);
  return {
    streams: [
      { name: 'graph.nt', write: (sink) => writeNTriples(groups, sink) },
      { name: 'graph.ttl', write: (sink) => writeTurtleTo(groups, prefixes, header, sink) },
      { name: 'graph.nq', write: (sink) => writeNQuads(groups, sink) },
      { name: 'ontology.ttl', write: (sink) => sink(ontology) },
    ],
    triples,
  };
}

/** The RDF files rdfStreams makes, in its order. */
export const RDF_FILES = ['graph.nt', 'graph.ttl', 'graph.nq', 'ontology.ttl'] as const;

/**
 * Writes the RDF files to the paths given for them (temporary paths staged by the build: the build's
 * thread or a worker writes them, write-outputs.ts) and returns the number of triples.
 */
export async function writeRdfFiles(graph: RdfGraph, options: ExportOptions, paths: Record<string, string>): Promise<number> {
  const rdf = await rdfStreams(graph, options);
  for (const file of rdf.streams) {
    const to = paths[file.name];
    if (!to) throw new Error(`export: no path for ${file.name}`);
    writeDurably(to, file.write);
  }
  return rdf.triples;
}

/** Renders graph.json, graph.nt, graph.ttl, graph.nq and ontology.ttl; the viewer page is added by the caller. */
export async function renderOutputs(graph: KnowledgeGraph, options: ExportOptions): Promise<{ files: OutputFile[]; triples: number }> {
  const rdf = await renderRdf(graph, options);
  return { files: [{ name: 'graph.json', content: renderJson(graph) }, ...rdf.files], triples: rdf.triples };
}

export { assertWritable, stageOutputs, writeOutputs, writeOutputStreams, type FileToWrite, type StagedOutputs } from './write-outputs';
